// Where a path of a template leads: the resource and the property of its CloudFormation schema,
// and the API structure and member the property becomes (mapping.ts). Completion and hover ask
// here, so both read a template's properties as the checks do.
import { KINDS, type KindInfo } from '../documentKind';
import { member, type MemberModel, type TypeRef } from '../model/apiModel';
import {
  cfnPropertyType,
  cfnResource,
  type CfnProperty,
  type CfnResource,
  type CfnType,
} from '../model/cfnModel';
import { mappingOf } from './mapping';

export type PathSegment = string | number;

/** A path inside a resource's `Properties`: `Resources.<logicalId>.Properties.<…rest>`. */
export interface PropertyPath {
  logicalId: string;
  rest: PathSegment[];
}

export function propertyPathOf(path: readonly PathSegment[]): PropertyPath | undefined {
  const [section, logicalId, properties, ...rest] = path;
  if (section !== 'Resources' || typeof logicalId !== 'string' || properties !== 'Properties')
    return undefined;
  return { logicalId, rest };
}

/** The properties of the object at `rest` of a resource of type `type` (`[]`: `Properties` itself). */
export function cfnPropertiesAt(
  type: string | undefined,
  rest: readonly PathSegment[],
): Readonly<Record<string, CfnProperty>> | undefined {
  const resource = type === undefined ? undefined : cfnResource(type);
  if (!resource) return undefined;
  if (rest.length === 0) return resource.properties;
  const at = typeAt(resource, rest);
  return at ? cfnPropertyType(resource, at)?.properties : undefined;
}

/** The property whose value (or list item, when `item`) is at `rest`. */
export function cfnPropertyAt(
  type: string | undefined,
  rest: readonly PathSegment[],
): { property: CfnProperty; item: boolean } | undefined {
  const resource = type === undefined ? undefined : cfnResource(type);
  if (!resource) return undefined;
  const last = rest.length - 1;
  const item = typeof rest[last] === 'number';
  const nameIndex = item ? last - 1 : last;
  const name = rest[nameIndex];
  if (typeof name !== 'string') return undefined;
  const owner = cfnPropertiesAt(type, rest.slice(0, nameIndex));
  const property = owner && Object.hasOwn(owner, name) ? owner[name] : undefined;
  if (!property || (item && property.type.kind !== 'list')) return undefined;
  return { property, item };
}

/** The type of the value at `rest`. */
function typeAt(resource: CfnResource, rest: readonly PathSegment[]): CfnType | undefined {
  let properties: Readonly<Record<string, CfnProperty>> | undefined = resource.properties;
  let type: CfnType | undefined;
  for (const segment of rest) {
    if (typeof segment === 'number') {
      if (type?.kind !== 'list') return undefined;
      type = type.item;
    } else {
      const property: CfnProperty | undefined =
        properties && Object.hasOwn(properties, segment) ? properties[segment] : undefined;
      if (!property) return undefined;
      type = property.type;
    }
    properties = cfnPropertyType(resource, type)?.properties;
  }
  return type;
}

/**
 * The API structure and path a resource's property path becomes: its API call's input (nested
 * property names are the API's member names), or, in its attribute list, the Modify*Attributes
 * request's `Attributes`.
 */
export function apiPathOf(
  type: string | undefined,
  rest: readonly PathSegment[],
): { kind: KindInfo; path: PathSegment[]; attributes: boolean } | undefined {
  const mapping = mappingOf(type);
  if (!mapping) return undefined;
  const attributes = mapping.attributes;
  if (attributes && rest[0] === attributes.property) {
    const kind = KINDS.find((k) => k.kind === attributes.kind);
    return kind && { kind, path: ['Attributes', ...rest.slice(1)], attributes: true };
  }
  const kind = KINDS.find((k) => k.kind === mapping.kind);
  return kind && { kind, path: [...rest], attributes: false };
}

/** "String", "list of Action", "Integer, required". */
export function cfnTypeText(type: CfnType): string {
  switch (type.kind) {
    case 'primitive':
      return type.name;
    case 'type':
      return type.name;
    case 'list':
      return `list of ${cfnTypeText(type.item)}`;
    case 'map':
      return `map of ${cfnTypeText(type.item)}`;
  }
}

/** The API member a resource's property path becomes, with the structure that holds it. */
export function apiMemberAt(
  type: string | undefined,
  rest: readonly PathSegment[],
):
  | { kind: KindInfo; path: PathSegment[]; attributes: boolean; structure: string; member: MemberModel }
  | undefined {
  const api = apiPathOf(type, rest);
  if (!api) return undefined;
  let structure: string | undefined = api.kind.root;
  let found: { structure: string; member: MemberModel } | undefined;
  let current: TypeRef | undefined;
  for (const segment of api.path) {
    if (typeof segment === 'number') {
      if (current?.kind !== 'list') return undefined;
      current = current.item;
    } else {
      const m: MemberModel | undefined = structure === undefined ? undefined : member(structure, segment);
      if (!m || structure === undefined) return undefined;
      found = { structure, member: m };
      current = m.type;
    }
    structure = current.kind === 'structure' ? current.name : undefined;
  }
  const last = api.path[api.path.length - 1];
  return found && typeof last === 'string' ? { ...api, ...found } : undefined;
}
