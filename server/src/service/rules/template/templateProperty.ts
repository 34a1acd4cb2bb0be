// The properties of a template's ELBv2 resources against the CloudFormation resource schemas
// (model/cfnModel.ts): names the resource type knows, and the ones it requires. Values are the
// API rules' business (validation/checkTemplate.ts).
import {
  cfnPropertyType,
  cfnResource,
  ELBV2_RESOURCE_TYPES,
  type CfnResource,
  type CfnType,
} from '../../model/cfnModel';
import { renameKey } from '../../edits';
import { closest } from '../../suggest';
import { anchorOf, type Node, type ObjectNode } from '../../syntax/tree';
import { intrinsicOf } from '../../template/intrinsics';
import { guideSource, type Rule, type RuleContext } from '../rule';

/** The resource type reference, whose schemas model/cfnModel.ts is generated from. */
const RESOURCE_REFERENCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/AWS_ElasticLoadBalancingV2.html';
const SCHEMA_SOURCE = guideSource(
  'AWS CloudFormation',
  'Elastic Load Balancing V2 resource type reference',
  RESOURCE_REFERENCE,
);

/** An object of a resource's properties and the schema it is read against. */
interface SchemaObject {
  object: ObjectNode;
  resource: CfnResource;
  properties: CfnResource['properties'];
  /** "AppListener" or "AppListener.DefaultActions[0].RedirectConfig", for messages. */
  path: string;
}

/** Every object of the ELBv2 resources' properties that the schema describes, outermost first. */
function schemaObjects(context: RuleContext): SchemaObject[] {
  const found: SchemaObject[] = [];
  for (const resource of context.template?.resources ?? []) {
    const schema = resource.type === undefined ? undefined : cfnResource(resource.type);
    if (!schema || !resource.properties) continue;
    found.push({
      object: resource.properties,
      resource: schema,
      properties: schema.properties,
      path: resource.logicalId,
    });
    const stack: { node: Node; type: CfnType; path: string; depth: number }[] = [];
    const push = (
      object: ObjectNode,
      properties: CfnResource['properties'],
      path: string,
      depth: number,
    ): void => {
      for (const p of object.properties) {
        const property = properties[p.key.value];
        if (property)
          stack.push({ node: p.value, type: property.type, path: `${path}.${p.key.value}`, depth });
      }
    };
    push(resource.properties, schema.properties, resource.logicalId, 0);
    while (stack.length > 0) {
      const { node, type, path, depth } = stack.pop() as (typeof stack)[number];
      if (depth > 50) continue;
      const fn = intrinsicOf(node);
      if (fn) {
        // Both branches of an Fn::If are values of the property.
        if (fn.name === 'Fn::If' && fn.argument.type === 'array')
          for (const branch of fn.argument.items.slice(1))
            stack.push({ node: branch, type, path, depth: depth + 1 });
        continue;
      }
      if (type.kind === 'list' && node.type === 'array')
        node.items.forEach((item, i) =>
          stack.push({ node: item, type: type.item, path: `${path}[${i}]`, depth: depth + 1 }),
        );
      else if (type.kind === 'map' && node.type === 'object')
        for (const p of node.properties)
          stack.push({ node: p.value, type: type.item, path: `${path}.${p.key.value}`, depth: depth + 1 });
      else if (type.kind === 'type' && node.type === 'object') {
        const propertyType = cfnPropertyType(schema, type);
        if (!propertyType) continue;
        found.push({ object: node, resource: schema, properties: propertyType.properties, path });
        push(node, propertyType.properties, path, depth + 1);
      }
    }
  }
  return found;
}

const cache = new WeakMap<object, SchemaObject[]>();

function objectsOf(context: RuleContext): SchemaObject[] {
  const key = context.template;
  if (!key) return [];
  let found = cache.get(key);
  if (!found) {
    found = schemaObjects(context);
    cache.set(key, found);
  }
  return found;
}

export const templateUnknownProperty: Rule = {
  id: 'template-unknown-property',
  severity: 'error',
  summary: "An ELBv2 resource's type is one CloudFormation has, and each property is one its schema lists.",
  constraint:
    "CloudFormation rejects a resource of an `AWS::ElasticLoadBalancingV2::` type it does not have, and a property (at any depth) that the resource type's schema does not list; names are case-sensitive.",
  sources: [SCHEMA_SOURCE],
  scope: 'document',
  fixable: true,
  templateOnly: true,
  check(context) {
    for (const resource of context.template?.resources ?? []) {
      const type = resource.type;
      const node = resource.typeNode;
      if (type === undefined || !node || cfnResource(type)) continue;
      context.reportLazily(node, () => {
        const near = closest(type, ELBV2_RESOURCE_TYPES);
        return {
          message: `\`${type}\` is not a CloudFormation resource type.${near ? ` Did you mean \`${near}\`?` : ''}`,
        };
      });
    }
    for (const { object, properties, path } of objectsOf(context))
      for (const p of object.properties) {
        const name = p.key.value;
        if (Object.hasOwn(properties, name)) continue;
        context.reportLazily(p.key, () => {
          const near = closest(name, Object.keys(properties));
          return {
            message: `\`${name}\` is not a property of \`${path}\` that CloudFormation knows, so it rejects the template.${near ? ` Did you mean \`${near}\`?` : ''}`,
            ...(near
              ? { fixes: [{ title: `Rename to \`${near}\``, edits: [renameKey(context.document, p, near)] }] }
              : {}),
          };
        });
      }
  },
};

export const templateRequiredProperty: Rule = {
  id: 'template-required-property',
  severity: 'error',
  summary: 'An ELBv2 resource has every property its CloudFormation schema requires.',
  constraint:
    "CloudFormation rejects a resource (or a nested object of it) that leaves out a property the resource type's schema marks required, such as a Listener's `DefaultActions` or an action's `Type`.",
  sources: [SCHEMA_SOURCE],
  scope: 'document',
  fixable: false,
  templateOnly: true,
  check(context) {
    for (const { object, properties, path } of objectsOf(context)) {
      const missing = Object.values(properties).filter(
        (p) => p.required && !object.properties.some((q) => q.key.value === p.name),
      );
      if (missing.length === 0) continue;
      const names = missing.map((p) => `\`${p.name}\``);
      context.report(
        anchorOf(object),
        `\`${path}\` needs ${names.join(' and ')}, which CloudFormation requires. Add ${missing.length === 1 ? 'it' : 'them'}.`,
      );
    }
  },
};
