// A CloudFormation template as the template layer reads it: its parameters, mappings, conditions
// and resources, each with the nodes it was written in. Reading never fails: what is malformed is
// left out here and reported by the template rules.
import {
  isObject,
  propertyValue,
  type Node,
  type ObjectNode,
  type Property,
  type ScalarNode,
} from '../syntax/tree';

export const ELBV2_PREFIX = 'AWS::ElasticLoadBalancingV2::';

/** A CloudFormation parameter value: a string, a number or a list (CommaDelimitedList, List<…>). */
export type TemplateParameterValue = string | number | boolean | readonly (string | number)[];

/** Parameter values the user says to assume (a configuration file's `parameters`). */
export type TemplateParameterValues = Readonly<Record<string, TemplateParameterValue>>;

export interface TemplateParameter {
  name: string;
  property: Property;
  /** The parameter's `Type`, e.g. `String`, `Number`, `List<String>`. */
  type?: string;
  default?: Node;
  /** The `AllowedValues` items. */
  allowedValues?: readonly Node[];
  /** The user gave its value (a configuration file's `parameters`): `allowedValues` holds it alone. */
  assumed?: boolean;
}

export interface TemplateResource {
  logicalId: string;
  property: Property;
  /** The resource's `Type`, e.g. `AWS::ElasticLoadBalancingV2::Listener`. */
  type?: string;
  typeNode?: Node;
  /** The resource's `Properties` object. */
  properties?: ObjectNode;
  /** The resource's `Condition`: it exists only where that condition holds. */
  condition?: ScalarNode & { value: string };
}

export interface Template {
  root: ObjectNode;
  parameters: ReadonlyMap<string, TemplateParameter>;
  mappings: ReadonlyMap<string, Property>;
  conditions: ReadonlyMap<string, Property>;
  resources: ReadonlyMap<string, TemplateResource>;
}

/**
 * A CloudFormation template: the root has `AWSTemplateFormatVersion`, or a `Resources` mapping
 * with an entry whose `Type` is of the `AWS::…` form (SAM and CDK output included).
 */
export function isTemplate(root: Node | undefined): root is ObjectNode {
  if (!isObject(root)) return false;
  if (propertyValue(root, 'AWSTemplateFormatVersion') !== undefined) return true;
  const resources = propertyValue(root, 'Resources');
  if (!isObject(resources)) return false;
  return resources.properties.some((p) => {
    const type = isObject(p.value) ? propertyValue(p.value, 'Type') : undefined;
    return type?.type === 'scalar' && typeof type.value === 'string' && /^AWS::/.test(type.value);
  });
}

export function readTemplate(root: ObjectNode, assumed: TemplateParameterValues = {}): Template {
  const parameters = entries(root, 'Parameters', readParameter);
  // A value the user gives is the parameter's only value; a list value stays unknown.
  for (const [name, value] of Object.entries(assumed)) {
    const parameter = parameters.get(name);
    if (!parameter) continue;
    delete parameter.default;
    parameter.allowedValues = [];
    parameter.assumed = true;
    if (Array.isArray(value)) continue;
    const at = parameter.property.key;
    const scalar: ScalarNode = {
      type: 'scalar',
      value: value as string | number | boolean,
      integer: typeof value === 'number' && Number.isInteger(value),
      start: at.start,
      end: at.end,
    };
    parameter.allowedValues = [scalar];
  }
  return {
    root,
    parameters,
    mappings: entries(root, 'Mappings', (p) => p),
    conditions: entries(root, 'Conditions', (p) => p),
    resources: entries(root, 'Resources', readResource),
  };
}

/** The ELBv2 resources of the template, in document order. */
export function elbv2Resources(template: Template): TemplateResource[] {
  return [...template.resources.values()].filter((r) => r.type?.startsWith(ELBV2_PREFIX));
}

function entries<T>(root: ObjectNode, section: string, read: (p: Property) => T): Map<string, T> {
  const map = new Map<string, T>();
  const object = propertyValue(root, section);
  if (!isObject(object)) return map;
  for (const p of object.properties) map.set(p.key.value, read(p)); // last one wins, as elsewhere
  return map;
}

function readParameter(property: Property): TemplateParameter {
  const parameter: TemplateParameter = { name: property.key.value, property };
  const body = property.value;
  if (!isObject(body)) return parameter;
  const type = propertyValue(body, 'Type');
  if (type?.type === 'scalar' && typeof type.value === 'string') parameter.type = type.value;
  const fallback = propertyValue(body, 'Default');
  if (fallback) parameter.default = fallback;
  const allowed = propertyValue(body, 'AllowedValues');
  if (allowed?.type === 'array') parameter.allowedValues = allowed.items;
  return parameter;
}

function readResource(property: Property): TemplateResource {
  const resource: TemplateResource = { logicalId: property.key.value, property };
  const body = property.value;
  if (!isObject(body)) return resource;
  const type = propertyValue(body, 'Type');
  if (type) {
    resource.typeNode = type;
    if (type.type === 'scalar' && typeof type.value === 'string') resource.type = type.value;
  }
  const properties = propertyValue(body, 'Properties');
  if (isObject(properties)) resource.properties = properties;
  const condition = propertyValue(body, 'Condition');
  if (condition?.type === 'scalar' && typeof condition.value === 'string')
    resource.condition = condition as ScalarNode & { value: string };
  return resource;
}
