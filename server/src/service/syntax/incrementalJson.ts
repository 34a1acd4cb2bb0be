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
//
// Broken text near the end of the list. Typing a new item after the last one passes through texts
// that are not JSON (`},`, `}, {"Po`, `{"Port": 8`), and an error there may run to the end of the
// text (an unclosed brace takes the keys after the list in). So when the text after the region is
// short, the region and everything after it are parsed again with the full parse itself
// (parseJson: same repairs, bounds and error bounding), behind a lead that puts the parser where
// the full text puts it: the text up to the list's `[` as it is, then `0,` in place of the items
// before the region (after an item and its comma the parser reads the next value exactly as after
// any other). This holds when the full parse met no error before the region and the region follows
// a comma (or the `[`) with nothing but spaces between (`} {` gives an error at the region's start
// that comes from before it): the document before is a clean one or one made this way, whose
// problems before the region are duplicate keys only, so the full parse reads the same tokens there
// without a word and its error bounding starts in the region (followOnErrors.ts always keeps the
// first error). The stand-in is taken when it has nothing the lead would change: no repaired
// comment or invisible character (their messages name lines), no blanked nesting, no problem in the
// lead but the root's own duplicate keys, and the keys after the list parse as before (their nodes,
// and the binding's entries for them, are kept). Its items replace the region's and every item
// after it; its problems replace the previous ones from the region on. Such a document stays
// editable broken or not, so the next keystroke starts from it. An error in the middle of a long
// list is left to the full parse: an unclosed string or brace there usually takes the rest of the
// document with it, and what follows would have to be parsed again anyway.
import { parseTree, type ParseError } from 'jsonc-parser';
import { spliceAll } from '../arrays';
import { findDuplicateKeys } from './duplicateKeys';
import type { IncrementalParse, TreeEdit } from './incrementalYaml';
import { limitJson } from './jsonLimits';
import { repairJson } from './jsonRepairs';
import { MAX_TOKENS } from './limits';
import { convertJson, JSON_OPTIONS, parseJson } from './parseJson';
import { changedRange, shiftKey, shiftSubtree, type TextChange } from './textChange';
import type { ArrayNode, Node, ObjectNode, ParsedDocument, Property, SyntaxProblem } from './tree';

/**
 * Documents whose tree may be edited in place: JSON objects known to hold no syntax error, and
 * broken ones the tail path made (their problems are a full parse's, none before the edit).
 */
const editable = new WeakSet<ParsedDocument>();
/** Documents already found not to be (checked once per full parse). */
const notEditable = new WeakSet<ParsedDocument>();
/**
 * The `,` and `:` of documents longer than MAX_TOKENS characters (shorter ones cannot hold more),
 * counted once and then moved with each edit: the full parse refuses a text with more.
 */
const separatorCounts = new WeakMap<ParsedDocument, number>();

/**
 * A JSON document with an object at its root and no syntax problem but duplicate keys, or one the
 * tail path gave (whatever its problems), whose tree no edit has spent.
 */
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
  const change = changedRange(previous.text, text);
  if (!change) return undefined;
  const region = regionOf(previous.root as ObjectNode, change);
  if (!region) return undefined;
  // Neither path changes anything before it commits, so the second may follow the first.
  return (
    (isClean(previous) ? reparseItems(previous, text, region) : undefined) ??
    reparseTail(previous, text, change, region)
  );
}

/** No syntax problem but duplicate keys. */
function isClean(document: ParsedDocument): boolean {
  return document.problems.every((p) => p.kind === 'duplicate-key');
}

/** The region's items parsed alone, in a clean document whose region parses cleanly too. */
function reparseItems(previous: ParsedDocument, text: string, region: Region): IncrementalParse | undefined {
  const root = previous.root as ObjectNode;
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
  spend(previous);
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

  const problems = problemsAfter(previous, region, delta, parsed.problems);
  return finished({ text, syntax: 'json', root, problems }, separators, {
    list,
    index: first,
    removed,
    inserted: parsed.items,
    oldEnd: region.end,
    delta,
    oldItemsStart,
    oldItemsEnd,
  });
}

/**
 * The new document, editable from here on (even when broken: its problems are a full parse's,
 * and the next edit reads its region again), with its separator count and the edit.
 */
function finished(
  document: ParsedDocument,
  separators: number | undefined,
  edit: TreeEdit,
): IncrementalParse {
  editable.add(document);
  if (separators !== undefined) separatorCounts.set(document, separators);
  return { document, edit };
}

/** From here on `document`'s tree belongs to another document. */
function spend(document: ParsedDocument): void {
  editable.delete(document);
  notEditable.add(document);
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

/** Longest text before a list's items that the tail path parses again (the root's first keys). */
const MAX_LEAD = 4096;
/**
 * Longest text after the edited items that the tail path parses again: the list's end and the keys
 * after it, or a few items when the edit is near the end. Past it, the region's own parse or a
 * full one.
 */
const MAX_REMAINDER = 16_384;
/** What may stand between two items of a list that parsed without error, and after its `[`. */
const COMMA_GAP = /^[ \t\r\n]*,[ \t\r\n]*$/;
const BLANK = /^[ \t\r\n]*$/;

/**
 * The edited items and everything after them, parsed again with the full parse; see the header.
 * For an edit near the end of a top-level array, whether the text parses or not.
 */
function reparseTail(
  previous: ParsedDocument,
  text: string,
  change: TextChange,
  region: Region,
): IncrementalParse | undefined {
  const root = previous.root as ObjectNode;
  const { property, list, first } = region;
  const items = list.items;
  const firstOld = items[first] as Node;
  const from = region.start;
  const delta = text.length - previous.text.length;
  if (text.length - (region.end + delta) > MAX_REMAINDER || list.start + 1 > MAX_LEAD) return undefined;
  // Before the region, the full parse reads what it read before: text that gave no error, ending
  // in the comma after the item before the region (or the `[`). An error at the region's start
  // may still come from before it (`} {`: a comma is expected), so the gap is read too.
  if (previous.problems.some((p) => p.kind !== 'duplicate-key' && p.start < from)) return undefined;
  const gap = first > 0 ? text.slice((items[first - 1] as Node).end, from) : text.slice(list.start + 1, from);
  if (!(first > 0 ? COMMA_GAP : BLANK).test(gap)) return undefined;
  const index = root.properties.indexOf(property);
  const after = root.properties.slice(index + 1);
  // Binding.applyEdit finds the removed entries by the first removed item's offset: what follows
  // them must still start at or past it.
  if (after[0] && after[0].start + delta < firstOld.start) return undefined;

  // The text up to the list's `[` as it is, then a stand-in for the items before the region: one
  // value and its comma, after which the parser is where it is after the comma before the region.
  const lead = `${text.slice(0, list.start + 1)}${first > 0 ? '0,' : ''}`;
  const standIn = lead + text.slice(from);
  // Comments and invisible characters: their messages name lines, which the stand-in moves.
  if (repairJson(standIn).problems.length > 0) return undefined;
  // Blanked nesting or too many values: the full parse reports them.
  const limited = limitJson(standIn);
  if (limited.tooLargeAt !== undefined || limited.text !== standIn) return undefined;
  let separators: number | undefined;
  if (text.length > MAX_TOKENS) {
    const total = separatorTotal(previous);
    if (total === undefined) return undefined;
    // The text before the region counts what it counted; the rest is counted anew.
    const old = limitJson(lead + previous.text.slice(from));
    if (old.tooLargeAt !== undefined) return undefined;
    separators = total - old.separators + limited.separators;
    if (separators > MAX_TOKENS) return undefined;
  }

  const parsed = parseJson(standIn);
  const shift = from - lead.length;
  const standRoot = parsed.root;
  if (standRoot?.type !== 'object' || standRoot.start !== root.start || standRoot.end < lead.length)
    return undefined;
  const standProperty = standRoot.properties[index];
  const standList = standProperty?.value;
  if (
    standProperty?.key.value !== property.key.value ||
    standList?.type !== 'array' ||
    standList.start !== list.start ||
    standList.end < lead.length ||
    standProperty.end < lead.length
  )
    return undefined;
  if (first > 0 && standList.items[0]?.start !== list.start + 1) return undefined; // the stand-in value
  const inserted = standList.items.slice(first > 0 ? 1 : 0);
  // The keys after the list came out as before: their nodes and bound entries are kept.
  const standAfter = standRoot.properties.slice(index + 1);
  if (standAfter.length !== after.length) return undefined;
  for (let i = 0; i < after.length; i++)
    if (!sameProperty(after[i] as Property, standAfter[i] as Property, delta, shift)) return undefined;
  // Problems: the previous ones before the region (duplicate keys), the stand-in's after its lead.
  const problems: SyntaxProblem[] = [];
  for (const p of previous.problems) if (p.start < from) problems.push(p);
  for (const p of parsed.problems) {
    if (p.start >= lead.length && !p.fixes)
      problems.push({ ...p, start: p.start + shift, end: p.end + shift });
    // A duplicate key of the root before the list is the previous document's; anything else in
    // the lead (a trailing comma before the region) lies outside what the stand-in maps.
    else if (p.kind !== 'duplicate-key' || p.start >= list.start) return undefined;
  }

  const oldItemsStart = (items[0] as Node).start;
  const oldItemsEnd = (items[items.length - 1] as Node).end;
  // Commit: from here on the old tree is changed in place.
  spend(previous);
  for (const item of inserted) {
    shiftSubtree(item, shift);
    item.parent = list;
  }
  const removed = spliceAll(items, first, items.length - first, inserted);
  list.end = standList.end + shift;
  property.end = standProperty.end + shift;
  for (const p of after) {
    shiftSubtree(p.value, delta);
    shiftKey(p, delta);
  }
  root.end = standRoot.end + shift;

  return finished({ text, syntax: 'json', root, problems }, separators, {
    list,
    index: first,
    removed,
    inserted,
    oldEnd: change.oldEnd,
    delta,
    oldItemsStart,
    oldItemsEnd,
  });
}

/** The `,` and `:` of an editable document's text, as jsonLimits.ts counts them. */
function separatorTotal(document: ParsedDocument): number | undefined {
  const known = separatorCounts.get(document);
  if (known !== undefined) return known;
  if (isClean(document)) return document.root ? separatorsIn([document.root]) : 0;
  const limited = limitJson(document.text);
  return limited.tooLargeAt === undefined ? limited.separators : undefined;
}

/**
 * Whether a key after the list, moved by `delta`, is the stand-in's key moved by `shift`: same
 * offsets, keys and values all the way down.
 */
function sameProperty(old: Property, stand: Property, delta: number, shift: number): boolean {
  const same = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    a.start + delta === b.start + shift && a.end + delta === b.end + shift;
  if (!same(old, stand) || !same(old.key, stand.key) || old.key.value !== stand.key.value) return false;
  const pairs: [Node, Node][] = [[old.value, stand.value]];
  for (let pair = pairs.pop(); pair; pair = pairs.pop()) {
    const [a, b] = pair;
    if (a.type !== b.type || !same(a, b)) return false;
    if (a.type === 'scalar' && b.type === 'scalar') {
      if (a.value !== b.value || a.integer !== b.integer) return false;
    } else if (a.type === 'array' && b.type === 'array') {
      if (a.items.length !== b.items.length) return false;
      a.items.forEach((item, i) => pairs.push([item, b.items[i] as Node]));
    } else if (a.type === 'object' && b.type === 'object') {
      if (a.properties.length !== b.properties.length) return false;
      for (let i = 0; i < a.properties.length; i++) {
        const p = a.properties[i] as Property;
        const q = b.properties[i] as Property;
        if (!same(p, q) || !same(p.key, q.key) || p.key.value !== q.key.value) return false;
        pairs.push([p.value, q.value]);
      }
    }
  }
  return true;
}
