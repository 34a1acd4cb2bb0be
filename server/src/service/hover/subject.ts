// What a hover is about: the member (or the item of a list or map member) at the cursor.
import type { Binding } from '../bind';
import { member, type MemberModel, type TypeRef } from '../model/apiModel';
import type { Node, ObjectNode, Property } from '../syntax/tree';

export interface Subject {
  structure: string;
  member: MemberModel;
  /** An item of the member's list, or an entry of its map, rather than the member itself. */
  item: boolean;
  /** The type of what is hovered: the member's type, or its items' type. */
  type: TypeRef;
  /** The value the member (or item) holds in the document, if any. */
  value: Node | undefined;
}

/** The subject of a property key: the member it names, or the map whose entry it starts. */
export function subjectOfKey(binding: Binding, property: Property): Subject | undefined {
  const object = binding.entryOf(property.parent);
  if (!object) return undefined;
  if (object.type.kind === 'structure') {
    const m = member(object.type.name, property.key.value);
    if (!m) return undefined;
    return { structure: object.type.name, member: m, item: false, type: m.type, value: property.value };
  }
  const owner = object.owner ?? object.itemOf;
  if (object.type.kind === 'map' && owner)
    return { ...owner, item: true, type: object.type.value, value: property.value };
  return undefined;
}

/** The subject of a value: the member it fills, or the list or map it is an item of. */
export function subjectOfValue(binding: Binding, node: Node): Subject | undefined {
  const entry = binding.entryOf(node);
  if (!entry) return undefined;
  if (entry.owner) return { ...entry.owner, item: false, type: entry.type, value: node };
  if (entry.itemOf) return { ...entry.itemOf, item: true, type: entry.type, value: node };
  return undefined;
}

/**
 * The Action member a node sits under (`ForwardConfig` for a `Weight` inside its target groups),
 * with the action object, when the node is inside an action.
 */
export function enclosingActionMember(
  binding: Binding,
  node: Node,
): { action: ObjectNode; memberName: string } | undefined {
  let current: Node = node;
  for (let depth = 0; depth < 1000; depth++) {
    const parent = current.parent;
    if (!parent) return undefined;
    if ('type' in parent) {
      current = parent;
      continue;
    }
    const entry = binding.entryOf(parent.parent);
    if (entry?.type.kind === 'structure' && entry.type.name === 'Action')
      return { action: parent.parent, memberName: parent.key.value };
    current = parent.parent;
  }
  return undefined;
}
