// From a cursor path to the API model: which document kind, which structure a key goes into or
// which member a value fills, and the nodes of the tree along the way (what narrowing reads).
import { detectKind, KINDS, type KindInfo } from '../documentKind';
import { member, type MemberModel, type TypeRef } from '../model/apiModel';
import type { Node, ObjectNode } from '../syntax/tree';
import type { ValueSite } from './values';
import { nodeAt, PLACEHOLDER, type CursorContext, type Segment } from './cursorContext';

export interface KeyTarget {
  position: 'key';
  /** The structure the key goes into; undefined at the root of a document of unknown kind. */
  structure: string | undefined;
  /** Kinds to offer root members of, when `structure` is undefined. */
  kinds: readonly KindInfo[];
  /** Members already present in the object. */
  present: ReadonlySet<string>;
  /** Nodes of the tree from the root down to the object, where the tree has them. */
  nodes: readonly (Node | undefined)[];
}

export interface ValueTarget {
  position: 'value';
  /** The structure and member whose value (or list item, when `item`) is at the cursor. */
  structure: string;
  member: MemberModel;
  item: boolean;
  type: TypeRef;
  /** Nodes of the tree from the root down to the object that holds the member. */
  owners: readonly (Node | undefined)[];
  /** What another layer knows of the resource the root is (values.ts, `ValueSite.resource`). */
  resource?: ValueSite['resource'];
}

export type Target = KeyTarget | ValueTarget;

export function resolveTarget(context: CursorContext, named: boolean): Target | undefined {
  const target = resolveAt(context, named);
  if (target || !context.fallback) return target;
  const { path, siblingKeys } = context.fallback;
  return resolveAt({ ...context, path, siblingKeys }, named);
}

function resolveAt(context: CursorContext, named: boolean): Target | undefined {
  const kinds = candidateKinds(context, named);
  const { path } = context;
  if (context.position === 'key' && path.length === 0 && kinds.length > 1)
    return {
      position: 'key',
      structure: undefined,
      kinds,
      present: presentKeys(context),
      nodes: [context.root],
    };
  for (const kind of kinds) {
    const types = walk(kind.root, path);
    if (!types) continue;
    const target = context.position === 'key' ? keyTarget(context, types) : valueTarget(context, types);
    if (target) return target;
  }
  return undefined;
}

function keyTarget(context: CursorContext, types: TypeRef[]): Target | undefined {
  const type = types[types.length - 1];
  const { path } = context;
  if (type?.kind === 'structure')
    return {
      position: 'key',
      structure: type.name,
      kinds: [],
      present: presentKeys(context),
      nodes: nodesAlong(context.root, path),
    };
  // `- HT` in a list of strings: the token is the item's value, not a key.
  if (context.listItemStart && typeof path[path.length - 1] === 'number' && type && isScalar(type)) {
    return valueTarget(context, types);
  }
  return undefined;
}

function valueTarget(context: CursorContext, types: TypeRef[]): ValueTarget | undefined {
  return valueTargetAt(context.root, context.path, types);
}

/** The member whose value is at `path` of `root`; `types`: what `walk` gives for that path. */
export function valueTargetAt(
  root: Node | undefined,
  path: readonly Segment[],
  types: readonly TypeRef[],
): ValueTarget | undefined {
  const last = path[path.length - 1];
  const item = typeof last === 'number';
  const memberName = item ? path[path.length - 2] : last;
  const ownerIndex = path.length - (item ? 2 : 1);
  const owner = types[ownerIndex];
  const type = types[types.length - 1];
  if (typeof memberName !== 'string' || owner?.kind !== 'structure' || !type) return undefined;
  const model = member(owner.name, memberName);
  if (!model) return undefined;
  if (item && model.type.kind !== 'list') return undefined;
  return {
    position: 'value',
    structure: owner.name,
    member: model,
    item,
    type,
    owners: nodesAlong(root, path.slice(0, ownerIndex)),
  };
}

function isScalar(type: TypeRef): boolean {
  return type.kind !== 'structure' && type.kind !== 'list' && type.kind !== 'map';
}

/** The type at each prefix of the path, starting with the root structure; undefined off the model. */
export function walk(rootStructure: string, path: readonly Segment[]): TypeRef[] | undefined {
  let type: TypeRef = { kind: 'structure', name: rootStructure };
  const types: TypeRef[] = [type];
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (type.kind !== 'list') return undefined;
      type = type.item;
    } else if (type.kind === 'structure') {
      const m = member(type.name, segment);
      if (!m) return undefined;
      type = m.type;
    } else if (type.kind === 'map') {
      type = type.value;
    } else {
      return undefined;
    }
    types.push(type);
  }
  return types;
}

function nodesAlong(root: Node | undefined, path: readonly Segment[]): (Node | undefined)[] {
  const nodes: (Node | undefined)[] = [root];
  for (let i = 1; i <= path.length; i++) nodes.push(nodeAt(root, path.slice(0, i)));
  return nodes;
}

/** The keys the object at the cursor already has, the one being typed left out. */
export function presentKeys(context: CursorContext): Set<string> {
  if (context.siblingKeys) return new Set(context.siblingKeys);
  const object = nodeAt(context.root, context.path);
  if (object?.type !== 'object') return new Set();
  return new Set(
    object.properties
      .filter((p) => p !== context.cursorProperty && p.key.value !== PLACEHOLDER)
      .map((p) => p.key.value),
  );
}

/**
 * The kinds the document may be: the detected one when it has all the document's keys; else the
 * kinds that have them all; else, for a file named as ELBv2, the detected one; else, for a file
 * named as ELBv2 or one whose every top-level key belongs to some kind (an empty document, a first
 * key being typed), all of them; else none, so that someone else's YAML or JSON gets no ELBv2
 * completions.
 */
function candidateKinds(context: CursorContext, named: boolean): readonly KindInfo[] {
  const root = context.root;
  const properties =
    root?.type === 'object'
      ? root.properties.filter((p) => p !== context.cursorProperty && p.key.value !== PLACEHOLDER)
      : [];
  const view: ObjectNode = { type: 'object', properties, start: root?.start ?? 0, end: root?.end ?? 0 };
  // Without its distinguishing key a document may still become any kind its keys fit: all of them.
  const detected = detectKind(view, named, { partial: false }) ?? detectKind(view, true, { partial: false });
  const keys = properties.map((p) => p.key.value);
  const fits = (kind: KindInfo): boolean => keys.every((k) => member(kind.root, k));
  if (detected && fits(detected)) return [detected];
  // A draft the detection takes for another kind (ListenerArn and Priority: a CreateRule request
  // still without Conditions, not a ModifyListener one) is completed as the kinds it fits.
  const fitting = KINDS.filter(fits);
  if (fitting.length > 0) return fitting;
  if (detected && named) return [detected];
  if (named || keys.every((k) => KINDS.some((kind) => member(kind.root, k)))) return KINDS;
  return [];
}
