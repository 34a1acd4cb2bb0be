// Binds document nodes to the API model: which structure each object is, which member each
// value fills. Rules, completion and hover all read this instead of walking the tree themselves.
import { member, type MemberModel, type TypeRef } from './model/apiModel';
import type { Node, ObjectNode, Property } from './syntax/tree';

export interface BoundNode {
  node: Node;
  type: TypeRef;
  /** The structure and member this value fills, when it is a member value (not a list item). */
  owner?: { structure: string; member: MemberModel };
  /** The structure.member whose list or map this node is an item of. */
  itemOf?: { structure: string; member: MemberModel };
}

export interface UnknownMember {
  property: Property;
  structure: string;
}

export class Binding {
  readonly entries: BoundNode[] = [];
  readonly unknownMembers: UnknownMember[] = [];
  private readonly byNode = new Map<Node, BoundNode>();
  private readonly objects = new Map<string, ObjectNode[]>();

  constructor(root: Node | undefined, rootStructure: string) {
    if (root) this.walk(root, rootStructure);
  }

  entryOf(node: Node): BoundNode | undefined {
    return this.byNode.get(node);
  }

  /** Every object of the document that is an instance of the structure, in document order. */
  objectsOf(structure: string): readonly ObjectNode[] {
    return this.objects.get(structure) ?? [];
  }

  private walk(root: Node, rootStructure: string): void {
    const queue: BoundNode[] = [{ node: root, type: { kind: 'structure', name: rootStructure } }];
    for (let i = 0; i < queue.length; i++) {
      const entry = queue[i] as BoundNode;
      if (this.byNode.has(entry.node)) continue; // a YAML alias shares its node
      this.byNode.set(entry.node, entry);
      this.entries.push(entry);
      const { node, type } = entry;
      if (type.kind === 'structure' && node.type === 'object') {
        const list = this.objects.get(type.name) ?? [];
        list.push(node);
        this.objects.set(type.name, list);
        for (const p of node.properties) {
          const m = member(type.name, p.key.value);
          if (!m) this.unknownMembers.push({ property: p, structure: type.name });
          else queue.push({ node: p.value, type: m.type, owner: { structure: type.name, member: m } });
        }
      } else if (type.kind === 'list' && node.type === 'array') {
        const owner = entry.owner ?? entry.itemOf;
        for (const item of node.items)
          queue.push({ node: item, type: type.item, ...(owner ? { itemOf: owner } : {}) });
      } else if (type.kind === 'map' && node.type === 'object') {
        const owner = entry.owner ?? entry.itemOf;
        for (const p of node.properties)
          queue.push({ node: p.value, type: type.value, ...(owner ? { itemOf: owner } : {}) });
      }
    }
    this.entries.sort((a, b) => a.node.start - b.node.start);
    for (const list of this.objects.values()) list.sort((a, b) => a.start - b.start);
  }
}

/** "Action.Order": the key the facts table uses for a member. */
export function memberKey(structure: string, memberName: string): string {
  return `${structure}.${memberName}`;
}
