// Incremental YAML: after an edit inside the items of a top-level block list (the listeners of a
// describe-listeners output, its target groups), only the lines of the items it touches are parsed
// again; the rest of the tree is kept and the offsets after the edit are shifted. The result is
// the tree a full parse of the new text gives, or nothing, and the caller parses in full. A full
// `yaml` parse of a 1 MB document takes a few hundred milliseconds; an item takes well under one.
//
// Which edits: a keystroke in one item; a block of items pasted between items, before the first or
// after the last one; a block deleted; the undo of either; a new item typed after the last one.
// Editors send some as ranges and some as the whole text; both are found by comparing the texts
// (textChange.ts).
//
// When items are their own text. A block list item runs from its dash line to the next dash line
// at the same column, and nothing in it can reach past that line unless it is unterminated (a
// quote, a flow collection), which the items' own parse reports as an error. So the edit is taken
// only when the document had no YAML problem and no alias (an alias ties items together), the
// region's lines parse alone without problem into block list items at the list's column (or into
// nothing, when items were deleted), no line of it is indented less than the list, and no document
// marker or directive is involved. An empty item (`- ` alone) takes its position from what follows
// it, so it is taken only where the region ends the text. Anything else: a full parse.
import { spliceAll } from '../arrays';
import { limitYaml } from './yamlLimits';
import { parseYaml } from './parseYaml';
import { changedRange, shiftKey, shiftSubtree, type TextChange } from './textChange';
import type { ArrayNode, Node, ObjectNode, ParsedDocument, Property, SyntaxProblem } from './tree';

/** What an incremental parse changed: the items of `list` from `index` on, in place. */
export interface TreeEdit {
  list: ArrayNode;
  index: number;
  /** The item nodes taken out (their offsets are those of the old text). */
  removed: Node[];
  /** The item nodes put in their place. */
  inserted: Node[];
  /** Offsets of the old text from `oldEnd` on moved by `delta`; those before it stayed. */
  oldEnd: number;
  delta: number;
  /** Where the list's items began and ended in the old text. */
  oldItemsStart: number;
  oldItemsEnd: number;
}

export interface IncrementalParse {
  document: ParsedDocument;
  edit: TreeEdit;
}

/**
 * Documents whose tree may be edited in place: known to hold no alias or directive, and no YAML
 * error but in the list items an incremental parse gave them.
 */
const editable = new WeakSet<ParsedDocument>();
/** Documents already found not to be (checked once per full parse). */
const notEditable = new WeakSet<ParsedDocument>();

/** An alias token: `*` opening a token (inside a quoted scalar it may be a false alarm: fine). */
const ALIAS_LIKE = /(?:^|[\s,[{])\*/;
/** An anchor or an alias opening a token. */
const ANCHOR_OR_ALIAS = /(?:^|[\s,[{])[&*]/;
/** What the full parse repairs before parsing (yamlRepairs.ts): tabs and invisible characters. */
const REPAIRED = /[\t\u00a0\u202f\u2007\u200b\u2060\ufeff]/;
const DIRECTIVE_LINE = /^%/m;
const DOCUMENT_MARKER_LINE = /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/m;
const DASH_LINE = /^( *)- *$/;
const EMPTY_ITEM_LINE = /^ *- *\r?\n$/;
/** A line that is neither blank nor a comment, and its indentation. */
const CONTENT_LINE = /^( *)[^ \t\r\n#]/gm;

function isEditable(document: ParsedDocument): boolean {
  if (editable.has(document)) return true;
  if (notEditable.has(document)) return false;
  const ok =
    document.syntax === 'yaml' &&
    document.root?.type === 'object' &&
    document.problems.every((p) => p.kind === 'duplicate-key') &&
    !ALIAS_LIKE.test(document.text) &&
    !DIRECTIVE_LINE.test(document.text) &&
    document.text[document.root.start] !== '{';
  (ok ? editable : notEditable).add(document);
  return ok;
}

/** An edit confined to items of a top-level list, with those items parsed again. */
interface Located {
  root: ObjectNode;
  list: ArrayNode;
  /** The first edited item, and how many items from it the region held. */
  index: number;
  count: number;
  /** The edited items' lines in the old text. */
  sliceStart: number;
  sliceEnd: number;
  ending: ItemSlice['ending'];
  delta: number;
  parsed: ParsedSlice;
}

function locate(previous: ParsedDocument, text: string): Located | undefined {
  if (!isEditable(previous)) return undefined;
  const root = previous.root as ObjectNode;
  const change = changedRange(previous.text, text);
  if (!change) return undefined;
  const found = regionAt(previous.text, text, root, change);
  if (!found) return undefined;
  const { list, index, count, sliceStart, sliceEnd, column, ending } = found;
  // The region's parse replaces its own syntax problems only: one elsewhere would have to be
  // bounded together with the new ones (followOnErrors.ts), which only a full parse does.
  if (previous.problems.some((p) => p.kind !== 'duplicate-key' && !inRegion(p, found))) return undefined;
  const delta = text.length - previous.text.length;
  const slice = text.slice(sliceStart, sliceEnd + delta);
  if (DOCUMENT_MARKER_LINE.test(slice) || DIRECTIVE_LINE.test(slice) || REPAIRED.test(slice))
    return undefined;
  if (ANCHOR_OR_ALIAS.test(slice)) return undefined;
  // What stands around the region in the full text: the list's key line before it, and the line
  // that follows it (the next item's dash line or the next key), which ends what the region holds.
  const firstDash = dashLineStart(previous.text, list.items[0] as Node);
  if (firstDash === undefined) return undefined;
  const before = previous.text.slice(previous.text.lastIndexOf('\n', list.parent?.start ?? 0) + 1, firstDash);
  const afterStart = sliceEnd + delta;
  const afterLineEnd = text.indexOf('\n', afterStart);
  const after =
    ending === 'text' ? '' : text.slice(afterStart, afterLineEnd < 0 ? text.length : afterLineEnd + 1);
  const parsed = parseRegion({ before, slice, after, ending }, sliceStart, column);
  // An emptied list is no list: `Listeners:` alone is a null.
  if (!parsed || list.items.length - count + parsed.items.length === 0) return undefined;
  return { root, list, index, count, sliceStart, sliceEnd, ending, delta, parsed };
}

/** Whether a problem of the old text lies in the region (one at the very end of the text does, when the region ends it). */
function inRegion(
  p: SyntaxProblem,
  region: { sliceStart: number; sliceEnd: number; ending: ItemSlice['ending'] },
): boolean {
  return (
    p.start >= region.sliceStart &&
    (p.start < region.sliceEnd || (p.start === region.sliceEnd && region.ending === 'text'))
  );
}

/** The previous document's syntax problems, outside the edited item moved, and the item's own. */
function problemsAfter(previous: ParsedDocument, at: Located): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (const p of previous.problems) {
    if (p.start < at.sliceStart) problems.push(p);
    else if (!inRegion(p, at)) problems.push({ ...p, start: p.start + at.delta, end: p.end + at.delta });
  }
  for (const p of at.parsed.problems) problems.push(p); // push(...list) overflows past ~100k
  return problems;
}

/**
 * The new document, reusing `previous`'s tree, or undefined when the edit is not confined to one
 * item of a top-level block list (then parse the text in full). On success `previous` is spent:
 * its tree now belongs to the new document.
 */
export function reparseYaml(previous: ParsedDocument, text: string): IncrementalParse | undefined {
  const at = locate(previous, text);
  if (!at) return undefined;
  const { root, list, index, count, sliceEnd, delta, parsed } = at;
  const oldItemsStart = (list.items[0] as Node).start;
  const oldItemsEnd = (list.items[list.items.length - 1] as Node).end;
  // Commit: from here on the old tree is changed in place.
  const removed = spliceAll(list.items, index, count, parsed.items);
  for (const item of parsed.items) item.parent = list;
  for (let i = index + parsed.items.length; i < list.items.length; i++)
    shiftSubtree(list.items[i] as Node, delta);
  for (const p of root.properties) {
    if (p.start >= sliceEnd) {
      shiftSubtree(p.value, delta);
      shiftKey(p, delta);
    }
  }
  // The list, its property and the root are block collections: each ends where its last entry does.
  const listProperty = list.parent as Property;
  list.end = (list.items[list.items.length - 1] as Node).end;
  listProperty.end = Math.max(listProperty.key.end, list.end);
  root.end = (root.properties[root.properties.length - 1] as Property).end;

  const document: ParsedDocument = { text, syntax: 'yaml', root, problems: problemsAfter(previous, at) };
  editable.add(document);
  editable.delete(previous);
  return {
    document,
    edit: {
      list,
      index,
      removed,
      inserted: parsed.items,
      oldEnd: sliceEnd,
      delta,
      oldItemsStart,
      oldItemsEnd,
    },
  };
}

/**
 * `text`, a small edit of `base`'s text, parsed for a quick look around the edit (completion)
 * without touching `base`. Its tree shares with `base` every item the edit left alone: those keep
 * their offsets in `base.text` (stale after the edit) and their parent links into `base`'s tree.
 * The edited item, the list, its property and the root are new and exact. Falls back to a full
 * parse when the edit is not inside one item of a top-level list.
 */
export function parseYamlBeside(base: ParsedDocument, text: string): ParsedDocument {
  const at = locate(base, text);
  if (!at) return parseYaml(text);
  const { root, list, index, count, parsed } = at;
  const listProperty = list.parent as Property;
  const items = [...list.items];
  spliceAll(items, index, count, parsed.items);
  const newList: ArrayNode = {
    type: 'array',
    items,
    start: list.start,
    end: (items[items.length - 1] as Node).end,
  };
  const newRoot: ObjectNode = { type: 'object', properties: [], start: root.start, end: root.end };
  for (const p of root.properties) {
    if (p !== listProperty) {
      newRoot.properties.push(p);
      continue;
    }
    const key = { ...p.key };
    const property: Property = {
      key,
      value: newList,
      parent: newRoot,
      start: p.start,
      end: Math.max(key.end, newList.end),
    };
    key.parent = property;
    newList.parent = property;
    newRoot.properties.push(property);
  }
  for (const item of parsed.items) item.parent = newList;
  const last = newRoot.properties[newRoot.properties.length - 1] as Property;
  newRoot.end = last.value === newList ? last.end : root.end + at.delta;
  return { text, syntax: 'yaml', root: newRoot, problems: problemsAfter(base, at) };
}

interface ItemSlice {
  list: ArrayNode;
  /** The first item of the region and how many it holds. */
  index: number;
  count: number;
  /** The region's lines in the old text: from the first item's dash line to the next item's. */
  sliceStart: number;
  sliceEnd: number;
  /** The column of the list's dashes. */
  column: number;
  /** What follows the region: an item of the list, the next top-level key, or nothing. */
  ending: 'item' | 'key' | 'text';
}

/**
 * The items of a top-level list whose lines hold the whole change: from the dash line of the last
 * item starting before it to the dash line of the first item after it, or to the line of the next
 * top-level key, or to the end of the text.
 */
function regionAt(
  text: string,
  newText: string,
  root: ObjectNode,
  change: TextChange,
): ItemSlice | undefined {
  // The root property the change starts in: the last one whose key starts before it (a change at
  // the very start of a key's line is taken as the end of the entry before: text typed there
  // after a list's last item is a new item).
  let property: Property | undefined;
  for (const p of root.properties) if (p.start < change.start) property = p;
  const list = property?.value;
  if (!property || list?.type !== 'array' || list.items.length === 0) return undefined;
  const items = list.items;
  // The last item whose start is at or before the change (or the first item).
  const index = Math.max(0, lastAtOrBefore(items, change.start));
  const first = items[index] as Node;
  const sliceStart = dashLineStart(text, first);
  if (sliceStart === undefined || sliceStart > change.start) return undefined;
  const column = text.indexOf('-', sliceStart) - sliceStart;
  // The first item after the change whose dash line the change leaves whole, and that starts a
  // line of the new text too.
  let next = lastAtOrBefore(items, change.oldEnd) + 1;
  let sliceEnd: number | undefined;
  let ending: ItemSlice['ending'] = 'item';
  for (; next < items.length; next++) {
    const start = dashLineStart(text, items[next] as Node);
    if (start === undefined) return undefined;
    if (start > change.oldEnd || (start === change.oldEnd && lineStartAt(newText, change.newEnd))) {
      sliceEnd = start;
      break;
    }
  }
  if (sliceEnd === undefined) {
    // Past the last item: up to the line of the next top-level key, or the end of the text.
    const after = root.properties[root.properties.indexOf(property) + 1];
    sliceEnd = after ? text.lastIndexOf('\n', after.start - 1) + 1 : text.length;
    ending = after ? 'key' : 'text';
    if (after && text.slice(sliceEnd, after.start).trim() !== '') return undefined;
    if (
      change.oldEnd > sliceEnd ||
      (change.oldEnd === sliceEnd && after && !lineStartAt(newText, change.newEnd))
    )
      return undefined;
  }
  return { list, index, count: next - index, sliceStart, sliceEnd, column, ending };
}

/** Index of the last item starting at or before `offset`; -1 when none does. */
function lastAtOrBefore(items: readonly Node[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  if ((items[0] as Node).start > offset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((items[mid] as Node).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineStartAt(text: string, offset: number): boolean {
  return offset === 0 || text[offset - 1] === '\n';
}

/** Start of the item's line when the item follows a dash there (`  - Key: …`), else undefined. */
function dashLineStart(text: string, item: Node): number | undefined {
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  if (DASH_LINE.test(text.slice(lineStart, item.start))) return lineStart;
  // An empty item (`-` alone on its line) sits where the next line starts.
  if (item.type !== 'scalar' || item.value !== null || item.start !== item.end || lineStart !== item.start)
    return undefined;
  const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
  return lineStart > 0 && EMPTY_ITEM_LINE.test(text.slice(previous, lineStart)) ? previous : undefined;
}

interface ParsedSlice {
  items: Node[];
  problems: SyntaxProblem[];
}

/** The region's new text, and the text that stands before and after it in the document. */
interface Surroundings {
  before: string;
  slice: string;
  after: string;
  ending: ItemSlice['ending'];
}

/**
 * The region's block list items and syntax problems, with document offsets, or undefined when it
 * does not stand alone. It is parsed as the full parse would, with the list's key line before it
 * and the line after it: the parser is in the same state where the region starts, and reads the
 * same line where it ends, so an item the region leaves open (an empty `- `, a broken line) comes
 * out as it does in the whole text. Whatever reaches past the region (a problem on the line
 * after it, that line not read as the next item or key) means it does not stand alone.
 */
function parseRegion(around: Surroundings, offset: number, column: number): ParsedSlice | undefined {
  const { before, slice, after, ending } = around;
  if (slice === '') return { items: [], problems: [] };
  // It starts with an item of the list, and no line of it is indented less than the list: such a
  // line would belong to the document around it.
  if (!slice.startsWith(`${' '.repeat(column)}-`) || slice[column + 1]?.trim()) return undefined;
  CONTENT_LINE.lastIndex = 0;
  for (let m = CONTENT_LINE.exec(slice); m; m = CONTENT_LINE.exec(slice))
    if ((m[1] as string).length < column) return undefined;
  const standIn = before + slice + after;
  // What the full parse would refuse or blank out (yamlLimits.ts), it handles itself.
  const limited = limitYaml(standIn);
  if (limited.refused || limited.text !== standIn) return undefined;
  const parsed = parseYaml(standIn);
  const root = parsed.root;
  const from = before.length;
  const to = from + slice.length;
  if (root?.type !== 'object' || root.properties.length !== (ending === 'key' ? 2 : 1)) return undefined;
  const list = root.properties[0]?.value;
  if (list?.type !== 'array') return undefined;
  if (ending === 'key' && root.properties[1]?.start !== to) return undefined;
  const items = [...list.items];
  if (ending === 'item') {
    const next = items.pop();
    if (!next || dashLineStart(standIn, next) !== to) return undefined;
  }
  const first = items[0];
  if (!first || dashLineStart(standIn, first) !== from) return undefined;
  // Every problem lies in the region, and none was left unlisted (followOnErrors.ts): what the
  // region says is all a full parse says of it.
  for (const p of parsed.problems)
    if (p.start < from || p.end > to || MORE_ERRORS.test(p.message)) return undefined;
  const delta = offset - from;
  for (const item of items) shiftSubtree(item, delta);
  const problems = parsed.problems.map((p) => ({ ...p, start: p.start + delta, end: p.end + delta }));
  return { items, problems };
}

/** The problem that counts the parser's errors left unlisted. */
const MORE_ERRORS = /^\d+ more syntax errors? follows? from here/;
