// Incremental JSON: after an edit inside the items of a top-level array (the listeners of a
// describe-listeners output, its target groups, its rules), only the items the edit touches are
// parsed again; the rest of the tree is kept and the offsets after the edit are shifted. The
// result is the tree a full parse of the new text gives, or nothing, and the caller parses in
// full. A describe output of 20,000 lines takes a full parse of about a hundred milliseconds; one
// item takes well under one.
//
// When the items are their own text. In JSON without errors an array is `[`, values separated by
// commas, `]`, and nothing inside a value reaches past it. So the text from the first touched item
// to the last one (widened to the bracket when the edit reaches into the space before the first
// item or after the last) is parsed alone, as `[[` region `]]`, which puts it at the bracket depth
// it has in the document. When that parse has no error and gives exactly one list of values, the
// document around it parses as before and the full parse of the new text is the old tree with
// these values in place of the old ones. So the edit is taken only when the document had no
// problem but duplicate keys (no repaired comment or invisible character, no error, no cut
// nesting), and the region has none either, stays within the depth and value bounds of a full
// parse (jsonLimits.ts, limits.ts) and holds at least one value. Anything else: a full parse.
import { parseTree, type ParseError } from 'jsonc-parser';
import { spliceAll } from '../arrays';
import { findDuplicateKeys } from './duplicateKeys';
import type { IncrementalParse } from './incrementalYaml';
import { limitJson } from './jsonLimits';
import { repairJson } from './jsonRepairs';
import { MAX_TOKENS } from './limits';
import { convertJson, JSON_OPTIONS } from './parseJson';
import { changedRange, shiftKey, shiftSubtree, type TextChange } from './textChange';
import type { ArrayNode, Node, ObjectNode, ParsedDocument, Property, SyntaxProblem } from './tree';

/** Documents whose tree may be edited in place: JSON objects known to hold no syntax error. */
const editable = new WeakSet<ParsedDocument>();
/** Documents already found not to be (checked once per full parse). */
const notEditable = new WeakSet<ParsedDocument>();
/**
 * The `,` and `:` of documents longer than MAX_TOKENS characters (shorter ones cannot hold more),
 * counted once and then moved with each edit: the full parse refuses a text with more.
 */
const separatorCounts = new WeakMap<ParsedDocument, number>();

/** A JSON document with an object at its root and no syntax problem but duplicate keys. */
export function isEditableJson(document: ParsedDocument): boolean {
  if (editable.has(document)) return true;
  if (notEditable.has(document)) return false;
  const ok =
    document.syntax === 'json' &&
    document.root?.type === 'object' &&
    document.problems.every((p) => p.kind === 'duplicate-key');
  (ok ? editable : notEditable).add(document);
  return ok;
}

/** The items an edit touches: `list.items[first..last]`, whose text is [start, end) of the old text. */
interface Region {
  property: Property;
  list: ArrayNode;
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * The new document, reusing `previous`'s tree, or undefined when the edit is not confined to the
 * items of a top-level array (then parse the text in full). On success `previous` is spent: its
 * tree now belongs to the new document.
 */
export function reparseJson(previous: ParsedDocument, text: string): IncrementalParse | undefined {
  if (!isEditableJson(previous)) return undefined;
  const root = previous.root as ObjectNode;
  const change = changedRange(previous.text, text);
  if (!change) return undefined;
  const region = regionOf(root, change);
  if (!region) return undefined;
  const { property, list, first, last } = region;
  const delta = text.length - previous.text.length;
  const parsed = parseItems(text.slice(region.start, region.end + delta), region.start);
  if (!parsed) return undefined;
  // Binding.applyEdit finds the removed entries by the first removed item's offset: every node
  // after the region must still start at or past it (only text before the first item can shrink
  // the region below it).
  if (region.end + delta < (list.items[first] as Node).start) return undefined;
  const separators = separatorsAfter(previous, text, list.items.slice(first, last + 1), parsed.items);
  if (separators !== undefined && separators > MAX_TOKENS) return undefined;

  const oldItemsStart = (list.items[0] as Node).start;
  const oldItemsEnd = (list.items[list.items.length - 1] as Node).end;
  // Commit: from here on the old tree is changed in place, and `previous` is spent whatever
  // happens (a caller that keeps clean versions asks isEditableJson).
  editable.delete(previous);
  notEditable.add(previous);
  const removed = spliceAll(list.items, first, last - first + 1, parsed.items);
  for (const item of parsed.items) item.parent = list;
  for (let i = first + parsed.items.length; i < list.items.length; i++)
    shiftSubtree(list.items[i] as Node, delta);
  // The brackets and braces after the region move with it.
  list.end += delta;
  property.end += delta;
  for (const p of root.properties) {
    if (p.start >= region.end) {
      shiftSubtree(p.value, delta);
      shiftKey(p, delta);
    }
  }
  root.end += delta;

  const document: ParsedDocument = {
    text,
    syntax: 'json',
    root,
    problems: problemsAfter(previous, region, delta, parsed.problems),
  };
  editable.add(document);
  if (separators !== undefined) separatorCounts.set(document, separators);
  return {
    document,
    edit: {
      list,
      index: first,
      removed,
      inserted: parsed.items,
      oldEnd: region.end,
      delta,
      oldItemsStart,
      oldItemsEnd,
    },
  };
}

/** The items of a top-level array that hold the change, with the gaps and commas between them. */
function regionOf(root: ObjectNode, change: TextChange): Region | undefined {
  // The property the change starts in: the last one whose key starts at or before it.
  let property: Property | undefined;
  for (const p of root.properties) if (p.start <= change.start) property = p;
  const list = property?.value;
  if (!property || list?.type !== 'array' || list.items.length === 0) return undefined;
  // The brackets stay: the change lies between them.
  if (change.start <= list.start || change.oldEnd >= list.end) return undefined;
  const items = list.items;
  const n = items.length;
  // The first item touched is the last one that starts at or before the change: a change in the
  // gap after an item (its comma included) takes that item along. Before the first item, the
  // region starts just past the `[`.
  const before = firstIndex(n, (i) => (items[i] as Node).start > change.start) - 1;
  // The last item touched is the first one that ends at or after the change's end; past the last
  // item, the region ends at the `]`.
  const after = firstIndex(n, (i) => (items[i] as Node).end >= change.oldEnd);
  const first = Math.max(before, 0);
  const last = Math.min(after, n - 1);
  return {
    property,
    list,
    first,
    last,
    start: before < 0 ? list.start + 1 : (items[first] as Node).start,
    end: after >= n ? list.end - 1 : (items[last] as Node).end,
  };
}

/** The first index in [0, n) for which `past` holds (it holds for every later one), or n. */
function firstIndex(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface ParsedItems {
  items: Node[];
  /** Their duplicate keys: the only problem a region may have. */
  problems: SyntaxProblem[];
}

/** The values of a region's text, with document offsets, or undefined when it does not stand alone. */
function parseItems(region: string, offset: number): ParsedItems | undefined {
  // Root object and list around the items, as in the document: the same bracket levels for the
  // depth bound of jsonLimits.ts, and the same depth for the tree's (items are at depth 2).
  const wrapped = `[[${region}]]`;
  // A comment or an invisible character: the full parse reports and repairs it.
  if (repairJson(wrapped).problems.length > 0) return undefined;
  // Nesting that the full parse would blank out, or more values than it takes at all.
  const limited = limitJson(wrapped);
  if (limited.tooLargeAt !== undefined || limited.text !== wrapped) return undefined;
  const errors: ParseError[] = [];
  const tree = parseTree(wrapped, errors, JSON_OPTIONS);
  if (errors.length > 0 || tree?.type !== 'array' || tree.children?.length !== 1) return undefined;
  // One list, made of the wrapper's inner brackets: the region is values and commas only (not
  // `1], [2`, which parses without error into two lists).
  const inner = tree.children[0];
  if (inner?.type !== 'array' || inner.offset !== 1 || inner.length !== wrapped.length - 2) return undefined;
  const children = inner.children ?? [];
  // No value left: an empty list, or a comma with nothing on one side; the full parse says which.
  if (children.length === 0) return undefined;
  const cut: SyntaxProblem[] = [];
  const items = children.map((child) => convertJson(child, wrapped, cut, 2));
  if (cut.length > 0) return undefined; // nesting past MAX_DEPTH: reported by the full parse
  const problems: SyntaxProblem[] = [];
  for (const item of items) {
    shiftSubtree(item, offset - 2);
    findDuplicateKeys(item, problems);
  }
  return { items, problems };
}

/** The previous document's problems, outside the region moved, and the region's own. */
function problemsAfter(
  previous: ParsedDocument,
  region: Region,
  delta: number,
  own: readonly SyntaxProblem[],
): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (const p of previous.problems) {
    if (p.start < region.start) problems.push(p);
    else if (p.start >= region.end) problems.push({ ...p, start: p.start + delta, end: p.end + delta });
  }
  for (const p of own) problems.push(p); // push(...list) overflows past ~100k
  return problems;
}

/**
 * The `,` and `:` of the new text when it is long enough to hold more than MAX_TOKENS of them
 * (what jsonLimits.ts counts), else undefined. In JSON without errors every property has one `:`
 * and every value but the last of its object or list is followed by one `,`, so the tree counts
 * them: a walk of the old tree the first time, then the region's items only.
 */
function separatorsAfter(
  previous: ParsedDocument,
  text: string,
  removed: readonly Node[],
  inserted: readonly Node[],
): number | undefined {
  if (text.length <= MAX_TOKENS) return undefined;
  let count = separatorCounts.get(previous);
  if (count === undefined) count = previous.root ? separatorsIn([previous.root]) : 0;
  return count - separatorsIn(removed) + separatorsIn(inserted);
}

/** The `,` and `:` of consecutive values of one list, and of the commas between them. */
function separatorsIn(values: readonly Node[]): number {
  let count = Math.max(values.length - 1, 0);
  const stack = [...values];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'object') {
      count += node.properties.length * 2 - (node.properties.length > 0 ? 1 : 0);
      for (const p of node.properties) stack.push(p.value);
    } else if (node.type === 'array') {
      count += Math.max(node.items.length - 1, 0);
      for (const item of node.items) stack.push(item);
    }
  }
  return count;
}
