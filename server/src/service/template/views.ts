// A resource's properties as the API call they are passed to sees them, in one scenario: a tree of
// the API's member names and types whose nodes keep the template's offsets, so every API rule runs
// on it unchanged and reports where the template says it. What the scenario cannot tell becomes a
// placeholder (validation drops every finding on it); `!Ref AWS::NoValue` leaves the property out.
import { member, members, type TypeRef } from '../model/apiModel';
import type { ArrayNode, Node, ObjectNode, Property, ScalarNode } from '../syntax/tree';
import type { Resolved, Resolver } from './values';

export interface View {
  root: ObjectNode;
  /** View node → what a message about it should add (the parameter or mapping it came from). */
  origins: Map<Node, string>;
  /** View nodes whose value is not the template's text (taken from a parameter or a mapping). */
  synthetic: Set<Node>;
  /** The stand-ins of values the scenario does not know, and of members CloudFormation fills in. */
  unknown: Set<Node>;
  /** Resolutions of values that refer to another resource of the template, by view node. */
  references: Map<Node, Resolved & { kind: 'unknown' }>;
}

/** Members the API requires that the caller fills in (CloudFormation names the resource itself). */
export type FilledIn = (memberName: string) => boolean;

export class ViewBuilder {
  private readonly view: View;

  constructor(private readonly resolver: Resolver) {
    this.view = {
      root: emptyObject(0, 0),
      origins: new Map(),
      synthetic: new Set(),
      unknown: new Set(),
      references: new Map(),
    };
  }

  /**
   * The view of `properties` as the API structure `structure`, anchored on `anchor` (the
   * `Properties` key, or the resource's `Type`) when properties are missing. `extra` members
   * (an attribute list) are added as given.
   */
  build(
    structure: string,
    properties: ObjectNode | undefined,
    anchor: { start: number; end: number },
    filledIn: FilledIn,
  ): View {
    const root = properties ? this.object(properties, structure) : emptyObject(anchor.start, anchor.end);
    if (properties?.parent && !('type' in properties.parent)) root.parent = properties.parent;
    return this.finish(root, structure, filledIn);
  }

  /**
   * The view of an attribute list (a resource's `TargetGroupAttributes`, …) as the `Attributes` of
   * the Modify*Attributes request `structure`, whose other required members are filled in.
   */
  attributes(structure: string, property: Property): View {
    const root = emptyObject(property.start, property.end);
    const list = this.value(property.value, member(structure, 'Attributes')?.type);
    if (list) {
      const key: ScalarNode & { value: string } = { ...property.key, value: 'Attributes' };
      const copy: Property = { key, value: list, parent: root, start: property.start, end: property.end };
      key.parent = copy;
      list.parent = copy;
      root.properties.push(copy);
    }
    return this.finish(root, structure, () => true);
  }

  private finish(root: ObjectNode, structure: string, filledIn: FilledIn): View {
    for (const m of members(structure))
      if (m.required && !root.properties.some((p) => p.key.value === m.name) && filledIn(m.name)) {
        const placeholder = placeholderAt(root.start);
        this.view.unknown.add(placeholder);
        addProperty(root, m.name, placeholder);
      }
    this.view.root = root;
    return this.view;
  }

  private value(node: Node, type: TypeRef | undefined): Node | undefined {
    const resolved = this.resolver.resolve(node);
    if (resolved.kind === 'absent') return undefined;
    if (resolved.kind === 'unknown') {
      const placeholder = placeholderAt(resolved.node.start, resolved.node.end);
      this.view.unknown.add(placeholder);
      if (resolved.resource !== undefined) this.view.references.set(placeholder, resolved);
      return placeholder;
    }
    const known = resolved.node;
    const result = this.convert(known, type);
    if (resolved.origin !== undefined) {
      this.view.origins.set(result, resolved.origin);
      this.view.synthetic.add(result);
    }
    return result;
  }

  private convert(node: Node, type: TypeRef | undefined): Node {
    if (node.type === 'object') return this.object(node, type?.kind === 'structure' ? type.name : undefined);
    if (node.type === 'array') {
      const array: ArrayNode = { type: 'array', items: [], start: node.start, end: node.end };
      const item = type?.kind === 'list' ? type.item : undefined;
      for (const i of node.items) {
        const child = this.value(i, item);
        if (!child) continue;
        child.parent = array;
        array.items.push(child);
      }
      return array;
    }
    return coerce(node, type);
  }

  /**
   * An object as the structure. Members the API structure lacks are kept but judged by no rule: on
   * templates, names are the CloudFormation schema's (template-unknown-property).
   */
  private object(node: ObjectNode, structure: string | undefined): ObjectNode {
    const object = emptyObject(node.start, node.end);
    for (const p of node.properties) {
      const m = structure === undefined ? undefined : member(structure, p.key.value);
      const child = this.value(p.value, m?.type);
      if (!child) continue;
      const key: ScalarNode & { value: string } = { ...p.key };
      const copy: Property = { key, value: child, parent: object, start: p.start, end: p.end };
      key.parent = copy;
      child.parent = copy;
      object.properties.push(copy);
    }
    return object;
  }
}

/** A scalar as the API member's type reads it: CloudFormation converts strings and numbers. */
function coerce(node: Node, type: TypeRef | undefined): Node {
  if (node.type !== 'scalar' || !type) return copyScalar(node as ScalarNode);
  const value = node.value;
  if (type.kind === 'integer' && typeof value === 'string' && /^-?[0-9]{1,15}$/.test(value.trim()))
    return { ...copyScalar(node), value: Number(value.trim()), integer: true };
  if (type.kind === 'boolean' && typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
    return { ...copyScalar(node), value: value.trim().toLowerCase() === 'true' };
  if (
    (type.kind === 'string' || type.kind === 'enum') &&
    (typeof value === 'number' || typeof value === 'boolean')
  )
    return { ...copyScalar(node), value: String(value), integer: false };
  return copyScalar(node);
}

function copyScalar(node: ScalarNode): ScalarNode {
  const copy: ScalarNode = {
    type: 'scalar',
    value: node.value,
    integer: node.integer,
    start: node.start,
    end: node.end,
  };
  return copy;
}

function emptyObject(start: number, end: number): ObjectNode {
  return { type: 'object', properties: [], start, end };
}

/**
 * A stand-in for a value the template does not fix: placeholders.ts reads it as a placeholder, and
 * two of them are never equal (three imported subnets are three subnets).
 */
function placeholderAt(start: number, end = start): ScalarNode {
  return { type: 'scalar', value: `\${unknown-${start}-${end}}`, integer: false, start, end };
}

function addProperty(object: ObjectNode, name: string, value: Node): void {
  const key: ScalarNode & { value: string } = {
    type: 'scalar',
    value: name,
    integer: false,
    start: value.start,
    end: value.start,
  };
  const p: Property = { key, value, parent: object, start: value.start, end: value.start };
  key.parent = p;
  value.parent = p;
  object.properties.push(p);
}
