// Binds document nodes to the API model: which structure each object is, which member each
// value fills. Rules, completion and hover all read this instead of walking the tree themselves.
import { spliceAll } from './arrays';
import { isResponseEnvelope } from './documentKind';
import { member, type MemberModel, type TypeRef } from './model/apiModel';
import { factsFor, type MemberFacts } from './model/facts';
import type { TreeEdit } from './syntax/incrementalYaml';
import type { Node, ObjectNode, Property } from './syntax/tree';

export interface BoundNode {
  node: Node;
  type: TypeRef;
  /** The structure and member this value fills, when it is a member value (not a list item). */
  owner?: { structure: string; member: MemberModel };
  /** The structure.member whose list or map this node is an item of. */
  itemOf?: { structure: string; member: MemberModel };
  /** The facts-table entry of the value: its member's, or its list member's "[]" entry. */
  facts?: MemberFacts;
}

export interface UnknownMember {
  property: Property;
  structure: string;
}

export class Binding {
  readonly entries: BoundNode[] = [];
  /** In document order. */
  readonly unknownMembers: UnknownMember[] = [];
  private byNode = new Map<Node, BoundNode>();
  private readonly objects = new Map<string, ObjectNode[]>();

  constructor(root: Node | undefined, rootStructure: string) {
    if (!root) return;
    const found = this.walk([{ node: root, type: { kind: 'structure', name: rootStructure } }]);
    // Loops, not push(...list): spreading 200,000 items overflows the stack.
    for (const e of found.entries) this.entries.push(e);
    for (const u of found.unknownMembers) this.unknownMembers.push(u);
    for (const [structure, list] of found.objects) this.objects.set(structure, list);
  }

  /**
   * One binding of several trees (the views of a template's resources of one kind), each bound as
   * `new Binding(root, rootStructure)` would bind it and listed in the order given, so the rules
   * run once over all of them. The trees share no node.
   */
  static ofTrees(roots: readonly Node[], rootStructure: string): Binding {
    const all = new Binding(undefined, '');
    for (const root of roots) {
      const found = all.walk([{ node: root, type: { kind: 'structure', name: rootStructure } }]);
      for (const e of found.entries) all.entries.push(e);
      for (const u of found.unknownMembers) all.unknownMembers.push(u);
      for (const [structure, list] of found.objects) {
        const into = all.objects.get(structure);
        if (!into) all.objects.set(structure, list);
        else for (const o of list) into.push(o);
      }
    }
    return all;
  }

  entryOf(node: Node): BoundNode | undefined {
    return this.byNode.get(node);
  }

  /** Every object of the document that is an instance of the structure, in document order. */
  objectsOf(structure: string): readonly ObjectNode[] {
    return this.objects.get(structure) ?? [];
  }

  /**
   * The part of the binding whose values start inside [start, end] (`inside`), or outside it: what
   * rules iterate over when only one resource of a document is checked again. Lookups of single
   * nodes (`entryOf`) still answer for the whole document.
   */
  view(start: number, end: number, inside: boolean): Binding {
    const view = new Binding(undefined, '');
    view.byNode = this.byNode;
    const pick = <T>(list: readonly T[], key: (item: T) => number): T[] => {
      const lo = lowerBound(list, start, key);
      const hi = lowerBound(list, end + 1, key);
      return inside ? list.slice(lo, hi) : [...list.slice(0, lo), ...list.slice(hi)];
    };
    for (const e of pick(this.entries, (e) => e.node.start)) view.entries.push(e);
    for (const u of pick(this.unknownMembers, (u) => u.property.start)) view.unknownMembers.push(u);
    for (const [structure, list] of this.objects) {
      const picked = pick(list, (o) => o.start);
      if (picked.length > 0) view.objects.set(structure, picked);
    }
    return view;
  }

  /**
   * Follows an incremental parse (syntax/incrementalYaml.ts): the list's items `edit.removed` were
   * replaced by `edit.inserted` and the later nodes moved, in place. Afterwards the binding is the
   * one a new Binding of the edited tree would be.
   */
  applyEdit(edit: TreeEdit): void {
    const listEntry = this.byNode.get(edit.list);
    // A list that is not bound as a list (an unknown member, a wrong type) has no bound items.
    if (listEntry?.type.kind !== 'list') return;

    const removedNodes = new Set<Node>();
    for (const item of edit.removed) collectNodes(item, removedNodes);
    let count = 0;
    for (const node of removedNodes) {
      const entry = this.byNode.get(node);
      if (!entry) continue;
      count++;
      this.byNode.delete(node);
      if (entry.type.kind === 'structure' && node.type === 'object') {
        const list = this.objects.get(entry.type.name);
        const at = list ? list.indexOf(node) : -1;
        if (list && at >= 0) list.splice(at, 1);
      }
    }
    // The removed entries are a run that starts at the first removed item: every entry before it
    // lies before the edit, every one after it was moved past the item's new text.
    // With nothing removed, the new items go where their text starts: the entries after them have
    // moved past it.
    const first = edit.removed[0] ?? edit.inserted[0];
    const lo = first ? lowerBound(this.entries, first.start, (e) => e.node.start) : 0;

    const owner = listEntry.owner ?? listEntry.itemOf;
    const itemType = listEntry.type.item;
    const found = this.walk(edit.inserted.map((node) => itemEntry(node, itemType, owner)));
    spliceAll(this.entries, lo, count, found.entries);
    for (const [structure, added] of found.objects) {
      const list = this.objects.get(structure) ?? [];
      for (const object of added)
        list.splice(
          lowerBound(list, object.start, (o) => o.start),
          0,
          object,
        );
      this.objects.set(structure, list);
    }
    if (removedNodes.size > 0 || found.unknownMembers.length > 0) {
      const kept = this.unknownMembers.filter((u) => !removedNodes.has(u.property.parent));
      this.unknownMembers.length = 0;
      for (const u of [kept, found.unknownMembers].flat()) this.unknownMembers.push(u);
      this.unknownMembers.sort((a, b) => a.property.start - b.property.start);
    }
  }

  /** Binds the subtrees of `queue`, breadth first; results sorted by document order. */
  private walk(queue: BoundNode[]): {
    entries: BoundNode[];
    unknownMembers: UnknownMember[];
    objects: Map<string, ObjectNode[]>;
  } {
    const entries: BoundNode[] = [];
    const unknownMembers: UnknownMember[] = [];
    const objects = new Map<string, ObjectNode[]>();
    for (let i = 0; i < queue.length; i++) {
      const entry = queue[i] as BoundNode;
      if (this.byNode.has(entry.node)) continue; // a YAML alias shares its node
      this.byNode.set(entry.node, entry);
      entries.push(entry);
      const { node, type } = entry;
      if (type.kind === 'structure' && node.type === 'object') {
        const list = objects.get(type.name) ?? [];
        list.push(node);
        objects.set(type.name, list);
        for (const p of node.properties) {
          const m = member(type.name, p.key.value);
          if (!m && isResponseEnvelope(type.name, p.key.value)) continue;
          if (!m) unknownMembers.push({ property: p, structure: type.name });
          else {
            const { owner, facts } = memberInfo(type.name, m);
            queue.push(
              facts ? { node: p.value, type: m.type, owner, facts } : { node: p.value, type: m.type, owner },
            );
          }
        }
      } else if (type.kind === 'list' && node.type === 'array') {
        const owner = entry.owner ?? entry.itemOf;
        for (const item of node.items) queue.push(itemEntry(item, type.item, owner));
      } else if (type.kind === 'map' && node.type === 'object') {
        const owner = entry.owner ?? entry.itemOf;
        for (const p of node.properties) queue.push(itemEntry(p.value, type.value, owner));
      }
    }
    // Stable sorts: ties (an empty list item at its list's start) keep breadth-first order.
    entries.sort((a, b) => a.node.start - b.node.start);
    unknownMembers.sort((a, b) => a.property.start - b.property.start);
    for (const list of objects.values()) list.sort((a, b) => a.start - b.start);
    return { entries, unknownMembers, objects };
  }
}

type Owner = NonNullable<BoundNode['owner']>;

/** A structure member as bound values name it, with its facts looked up once. */
interface MemberInfo {
  owner: Owner;
  /** The member's own facts, and the facts of each item of its list or map. */
  facts: MemberFacts | undefined;
  itemFacts: MemberFacts | undefined;
}

/** One shared owner per structure member, so that per-member facts are looked up once. */
const memberInfos = new Map<string, Map<MemberModel, MemberInfo>>();
const infoOfOwner = new Map<Owner, MemberInfo>();

function memberInfo(structure: string, m: MemberModel): MemberInfo {
  let byMember = memberInfos.get(structure);
  if (!byMember) memberInfos.set(structure, (byMember = new Map()));
  let info = byMember.get(m);
  if (!info) {
    info = {
      owner: { structure, member: m },
      facts: factsFor(structure, m.name),
      itemFacts: factsFor(structure, m.name, true),
    };
    byMember.set(m, info);
    infoOfOwner.set(info.owner, info);
  }
  return info;
}

/** The entry of an item of a list or map filled by `owner`'s member. */
function itemEntry(node: Node, type: TypeRef, owner: Owner | undefined): BoundNode {
  if (!owner) return { node, type };
  const facts = (infoOfOwner.get(owner) ?? memberInfo(owner.structure, owner.member)).itemFacts;
  return facts ? { node, type, itemOf: owner, facts } : { node, type, itemOf: owner };
}

/** Every node of a subtree (an alias-free tree: every node once). */
function collectNodes(root: Node, into: Set<Node>): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    into.add(node);
    if (node.type === 'object') for (const p of node.properties) stack.push(p.value);
    else if (node.type === 'array') for (const item of node.items) stack.push(item);
  }
}

/** The first index whose key is at least `value`, in a list sorted by key. */
function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
