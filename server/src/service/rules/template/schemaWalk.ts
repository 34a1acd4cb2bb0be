// The properties of a template's ELBv2 resources read against their CloudFormation resource
// schemas (model/cfnModel.ts): every value with the type the schema gives it, and every object the
// schema describes. Both branches of an Fn::If are values of the property; other intrinsic
// functions are values whose insides the schema does not describe.
import { cfnPropertyType, cfnResource, type CfnResource, type CfnType } from '../../model/cfnModel';
import type { Node, ObjectNode } from '../../syntax/tree';
import type { CheckedTemplate } from '../../template/checked';
import { intrinsicOf } from '../../template/intrinsics';

/** An object of a resource's properties and the schema it is read against. */
export interface SchemaObject {
  object: ObjectNode;
  resource: CfnResource;
  properties: CfnResource['properties'];
  /** "AppListener" or "AppListener.DefaultActions[0].RedirectConfig", for messages. */
  path: string;
}

/** A value of a resource's properties (at any depth) and the type the schema gives it. */
export interface SchemaValue {
  node: Node;
  type: CfnType;
  /** "AppListener.SecurityGroups[0]", for messages. */
  path: string;
}

export interface SchemaWalk {
  /** The objects the schema describes, outermost first. */
  objects: SchemaObject[];
  /** Every value, intrinsic functions included (an Fn::If's branches follow it). */
  values: SchemaValue[];
}

/** Deeper than this, the walk stops (the parser bounds nesting well before it). */
const MAX_DEPTH = 50;

const cache = new WeakMap<CheckedTemplate, SchemaWalk>();

/** The walk of a template's ELBv2 resources, once per check however many rules ask. */
export function schemaWalk(checked: CheckedTemplate | undefined): SchemaWalk {
  if (!checked) return { objects: [], values: [] };
  let walk = cache.get(checked);
  if (!walk) {
    walk = walkResources(checked);
    cache.set(checked, walk);
  }
  return walk;
}

function walkResources(checked: CheckedTemplate): SchemaWalk {
  const objects: SchemaObject[] = [];
  const values: SchemaValue[] = [];
  for (const resource of checked.resources) {
    const schema = resource.type === undefined ? undefined : cfnResource(resource.type);
    if (!schema || !resource.properties) continue;
    objects.push({
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
      if (depth > MAX_DEPTH) continue;
      values.push({ node, type, path });
      const fn = intrinsicOf(node);
      if (fn) {
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
        objects.push({ object: node, resource: schema, properties: propertyType.properties, path });
        push(node, propertyType.properties, path, depth + 1);
      }
    }
  }
  return { objects, values };
}
