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
  /** The list edit, which a re-check of the list's resources reads; none for a mapping's entries. */
  edit?: TreeEdit;
}

/**
 * A top-level block collection whose entries an edit may replace: a list's items (the resources of
 * a describe output), or a mapping's entries (a template's `Resources`).
 */
type Block = ArrayNode | ObjectNode;
type Entry = Node | Property;

function entriesOf(block: Block): Entry[] {
  return block.type === 'array' ? block.items : block.properties;
}

/** Where an entry's first line starts: its dash line, or its key's line. */
function entryLineStart(text: string, block: Block, entry: Entry): number | undefined {
  return block.type === 'array' ? dashLineStart(text, entry as Node) : keyLineStart(text, entry as Property);
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
    document.problems.every(isLocal) &&
    !ALIAS_LIKE.test(document.text) &&
    !DIRECTIVE_LINE.test(document.text) &&
    document.text[document.root.start] !== '{';
  (ok ? editable : notEditable).add(document);
  return ok;
}

/** An edit confined to entries of a top-level block collection, with those entries parsed again. */
interface Located {
  root: ObjectNode;
  block: Block;
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
  let found = regionAt(previous.text, text, root, change);
  // A broken entry may not read as an entry alone (`  Ex` without its colon is a value there):
  // the entry before it comes along, so that the parser meets it where the full text has it.
  if (found && previous.problems.some((p) => !isLocal(p) && inRegion(p, found as ItemSlice)))
    found = regionAt(previous.text, text, root, change, 1);
  if (!found) return undefined;
  const { block, index, count, sliceStart, sliceEnd, column, ending } = found;
  // The region's parse replaces its own syntax problems only: one elsewhere would have to be
  // bounded together with the new ones (followOnErrors.ts), which only a full parse does. A
  // duplicate key and a CloudFormation tag are about their own node.
  if (previous.problems.some((p) => !isLocal(p) && !inRegion(p, found))) return undefined;
  // A mapping's duplicate keys span the region and the rest: such a mapping is parsed in full.
  if (
    block.type === 'object' &&
    previous.problems.some((p) => p.kind === 'duplicate-key' && isKeyOf(block, p))
  )
    return undefined;
  const delta = text.length - previous.text.length;
  const slice = text.slice(sliceStart, sliceEnd + delta);
  if (DOCUMENT_MARKER_LINE.test(slice) || DIRECTIVE_LINE.test(slice) || REPAIRED.test(slice))
    return undefined;
  if (ANCHOR_OR_ALIAS.test(slice)) return undefined;
  // What stands around the region in the full text: the list's key line before it, and the line
  // that follows it (the next item's dash line or the next key), which ends what the region holds.
  const firstLine = entryLineStart(previous.text, block, entriesOf(block)[0] as Entry);
  if (firstLine === undefined) return undefined;
  const before = previous.text.slice(
    previous.text.lastIndexOf('\n', block.parent?.start ?? 0) + 1,
    firstLine,
  );
  const afterStart = sliceEnd + delta;
  const afterLineEnd = text.indexOf('\n', afterStart);
  const after =
    ending === 'text' ? '' : text.slice(afterStart, afterLineEnd < 0 ? text.length : afterLineEnd + 1);
  const parsed = parseRegion({ before, slice, after, ending }, sliceStart, column, block.type);
  // An emptied list or mapping is none: `Listeners:` alone is a null.
  if (!parsed || entriesOf(block).length - count + parsed.entries.length === 0) return undefined;
  if (block.type === 'object' && repeatsKey(block, index, count, parsed.entries as Property[]))
    return undefined;
  return { root, block, index, count, sliceStart, sliceEnd, ending, delta, parsed };
}

function isLocal(p: SyntaxProblem): boolean {
  return p.kind === 'duplicate-key' || p.cloudFormationTag === true;
}

/** Whether a problem sits on a key of the mapping itself (not of an object inside it). */
function isKeyOf(map: ObjectNode, p: SyntaxProblem): boolean {
  const at = lastAtOrBefore(map.properties, p.start);
  return at >= 0 && (map.properties[at] as Property).key.start === p.start;
}

/** Whether the new entries repeat a key among themselves or of the entries outside the region. */
function repeatsKey(map: ObjectNode, index: number, count: number, entries: readonly Property[]): boolean {
  const keys = new Set<string>();
  const properties = map.properties;
  for (let i = 0; i < properties.length; i++)
    if (i < index || i >= index + count) keys.add((properties[i] as Property).key.value);
  const outside = keys.size;
  for (const p of entries) keys.add(p.key.value);
  return keys.size !== outside + entries.length || outside !== properties.length - count;
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
  const { root, block, index, count, sliceEnd, delta, parsed } = at;
  const entries = entriesOf(block);
  const oldItemsStart = (entries[0] as Entry).start;
  const oldItemsEnd = (entries[entries.length - 1] as Entry).end;
  // Commit: from here on the old tree is changed in place.
  const removed = spliceAll(entries, index, count, parsed.entries);
  for (const entry of parsed.entries) entry.parent = block as ArrayNode & ObjectNode;
  for (let i = index + parsed.entries.length; i < entries.length; i++) shiftEntry(entries[i] as Entry, delta);
  for (const p of root.properties) if (p.start >= sliceEnd) shiftEntry(p, delta);
  // The block, its property and the root are block collections: each ends where its last entry does.
  const blockProperty = block.parent as Property;
  block.end = (entries[entries.length - 1] as Entry).end;
  blockProperty.end = Math.max(blockProperty.key.end, block.end);
  root.end = (root.properties[root.properties.length - 1] as Property).end;

  const document: ParsedDocument = { text, syntax: 'yaml', root, problems: problemsAfter(previous, at) };
  editable.add(document);
  editable.delete(previous);
  if (block.type !== 'array') return { document };
  return {
    document,
    edit: {
      list: block,
      index,
      removed: removed as Node[],
      inserted: parsed.entries as Node[],
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
  if (at?.block.type !== 'array') return parseYaml(text);
  const { root, index, count, parsed } = at;
  const list = at.block;
  const inserted = parsed.entries as Node[];
  const listProperty = list.parent as Property;
  const items = [...list.items];
  spliceAll(items, index, count, inserted);
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
  for (const item of inserted) item.parent = newList;
  const last = newRoot.properties[newRoot.properties.length - 1] as Property;
  newRoot.end = last.value === newList ? last.end : root.end + at.delta;
  return { text, syntax: 'yaml', root: newRoot, problems: problemsAfter(base, at) };
}

interface ItemSlice {
  block: Block;
  /** The first entry of the region and how many it holds. */
  index: number;
  count: number;
  /** The region's lines in the old text: from the first item's dash line to the next item's. */
  sliceStart: number;
  sliceEnd: number;
  /** The column of the list's dashes, or of the mapping's keys. */
  column: number;
  /** What follows the region: an item of the list, the next top-level key, or nothing. */
  ending: 'item' | 'key' | 'text';
}

/**
 * The entries of a top-level block collection whose lines hold the whole change: from the first
 * line of the last entry starting before it (or `back` entries earlier) to the first line of the
 * first entry after it, or to the line of the next top-level key, or to the end of the text.
 */
function regionAt(
  text: string,
  newText: string,
  root: ObjectNode,
  change: TextChange,
  back = 0,
): ItemSlice | undefined {
  // The root property the change starts in: the last one whose key starts before it (a change at
  // the very start of a key's line is taken as the end of the entry before: text typed there
  // after a list's last item is a new item).
  let property: Property | undefined;
  for (const p of root.properties) if (p.start < change.start) property = p;
  const block = property?.value;
  if (!property || (block?.type !== 'array' && block?.type !== 'object')) return undefined;
  const items = entriesOf(block);
  // A flow collection (`[…]`, `{…}`) has no lines of its own per entry.
  if (items.length === 0 || text[block.start] === '[' || text[block.start] === '{') return undefined;
  // The last entry whose start is at or before the change (or the first entry).
  const index = Math.max(0, lastAtOrBefore(items, change.start) - back);
  const first = items[index] as Entry;
  const sliceStart = entryLineStart(text, block, first);
  if (sliceStart === undefined || sliceStart > change.start) return undefined;
  const column =
    block.type === 'array'
      ? text.indexOf('-', sliceStart) - sliceStart
      : (first as Property).key.start - sliceStart;
  // The first item after the change whose dash line the change leaves whole, and that starts a
  // line of the new text too.
  let next = lastAtOrBefore(items, change.oldEnd) + 1;
  let sliceEnd: number | undefined;
  let ending: ItemSlice['ending'] = 'item';
  for (; next < items.length; next++) {
    const start = entryLineStart(text, block, items[next] as Entry);
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
  return { block, index, count: next - index, sliceStart, sliceEnd, column, ending };
}

/** Index of the last entry starting at or before `offset`; -1 when none does. */
function lastAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  if (hi < 0 || (items[0] as Entry).start > offset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((items[mid] as Entry).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineStartAt(text: string, offset: number): boolean {
  return offset === 0 || text[offset - 1] === '\n';
}

/** Start of the key's line when only spaces come before the key there. */
function keyLineStart(text: string, p: Property): number | undefined {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  return /^ *$/.test(text.slice(lineStart, p.start)) ? lineStart : undefined;
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
  entries: Entry[];
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
function parseRegion(
  around: Surroundings,
  offset: number,
  column: number,
  type: Block['type'],
): ParsedSlice | undefined {
  const { before, slice, after, ending } = around;
  if (slice === '') return { entries: [], problems: [] };
  // It starts with an entry (a dash, or a key) at the column, and no line of it is indented less:
  // such a line would belong to the document around it.
  const head = slice.slice(column, column + 2);
  if (!slice.startsWith(' '.repeat(column))) return undefined;
  if (type === 'array' ? !/^-(?:\s|$)/.test(head) : !/^[^\s#?:[\]{},&*!|>'"%@`-]/.test(head))
    return undefined;
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
  const block = root.properties[0]?.value;
  if (block?.type !== type || (block.type !== 'array' && block.type !== 'object')) return undefined;
  if (ending === 'key' && root.properties[1]?.start !== to) return undefined;
  const entries = [...entriesOf(block)];
  if (ending === 'item') {
    const next = entries.pop();
    if (!next || entryLineStart(standIn, block, next) !== to) return undefined;
  }
  const first = entries[0];
  if (!first || entryLineStart(standIn, block, first) !== from) return undefined;
  // Every problem lies in the region, and none was left unlisted (followOnErrors.ts): what the
  // region says is all a full parse says of it.
  for (const p of parsed.problems)
    if (p.start < from || p.end > to || MORE_ERRORS.test(p.message)) return undefined;
  const delta = offset - from;
  for (const entry of entries) shiftEntry(entry, delta);
  const problems = parsed.problems.map((p) => ({ ...p, start: p.start + delta, end: p.end + delta }));
  return { entries, problems };
}

/** Moves a list item, or a mapping entry with its key. */
function shiftEntry(entry: Entry, delta: number): void {
  if ('key' in entry) {
    shiftKey(entry, delta);
    shiftSubtree(entry.value, delta);
  } else shiftSubtree(entry, delta);
}

/** The problem that counts the parser's errors left unlisted. */
const MORE_ERRORS = /^\d+ more syntax errors? follows? from here/;
