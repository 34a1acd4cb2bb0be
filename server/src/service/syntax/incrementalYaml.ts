// Incremental YAML: after an edit inside one item of a top-level block list (one listener of a
// describe-listeners output, one target group), only that item's lines are parsed again; the rest
// of the tree is kept and the offsets after the edit are shifted. The result is the tree a full
// parse of the new text gives, or nothing, and the caller parses in full. A full `yaml` parse of
// a 1 MB document takes a few hundred milliseconds; an item takes well under one.
//
// When an item is its own text. A block list item runs from its dash line to the next dash line
// at the same column, and nothing in it can reach past that line unless it is unterminated (a
// quote, a flow collection), which the item's own parse reports as an error. So the edit is taken
// only when the document had no YAML problem and no alias (an alias ties items together), the
// item's lines parse alone without problem into block list items at the same column, and no
// document marker or directive is involved. Anything else: a full parse.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { spliceAll } from '../arrays';
import { limitYaml } from './yamlLimits';
import { findDuplicateKeys } from './duplicateKeys';
import { Converter, parseYaml, YAML_OPTIONS } from './parseYaml';
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

/** Documents whose tree may be edited in place: known to hold no alias, directive or YAML error. */
const editable = new WeakSet<ParsedDocument>();
/** Documents already found not to be (checked once per full parse). */
const notEditable = new WeakSet<ParsedDocument>();

/** An alias token: `*` opening a token (inside a quoted scalar it may be a false alarm: fine). */
const ALIAS_LIKE = /(?:^|[\s,[{])\*/;
const DIRECTIVE_LINE = /^%/m;
const DOCUMENT_MARKER_LINE = /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/m;
const DASH_LINE = /^( *)- +$/;

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
  index: number;
  /** The edited item's lines in the old text. */
  sliceStart: number;
  sliceEnd: number;
  delta: number;
  parsed: ParsedSlice;
}

function locate(previous: ParsedDocument, text: string): Located | undefined {
  if (!isEditable(previous)) return undefined;
  const root = previous.root as ObjectNode;
  const change = changedRange(previous.text, text);
  if (!change) return undefined;
  const found = itemAt(previous.text, root, change);
  if (!found) return undefined;
  const { list, index, sliceStart, sliceEnd } = found;
  const delta = text.length - previous.text.length;
  const slice = text.slice(sliceStart, sliceEnd + delta);
  if (DOCUMENT_MARKER_LINE.test(slice) || DIRECTIVE_LINE.test(slice) || slice.includes('\uFEFF'))
    return undefined;
  const parsed = parseSlice(slice, sliceStart, previous.text.slice(sliceStart, sliceEnd));
  return parsed && { root, list, index, sliceStart, sliceEnd, delta, parsed };
}

/** The previous document's syntax problems, outside the edited item moved, and the item's own. */
function problemsAfter(previous: ParsedDocument, at: Located): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (const p of previous.problems) {
    if (p.start < at.sliceStart) problems.push(p);
    else if (p.start >= at.sliceEnd)
      problems.push({ ...p, start: p.start + at.delta, end: p.end + at.delta });
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
  const { root, list, index, sliceEnd, delta, parsed } = at;
  const oldItemsStart = (list.items[0] as Node).start;
  const oldItemsEnd = (list.items[list.items.length - 1] as Node).end;
  // Commit: from here on the old tree is changed in place.
  const removed = spliceAll(list.items, index, 1, parsed.items);
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
  const { root, list, index, parsed } = at;
  const listProperty = list.parent as Property;
  const items = [...list.items];
  spliceAll(items, index, 1, parsed.items);
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
  index: number;
  /** The item's lines in the old text: from its dash line to the next item's dash line. */
  sliceStart: number;
  sliceEnd: number;
}

/** The top-level list item whose lines hold the whole change, past its dash. */
function itemAt(text: string, root: ObjectNode, change: TextChange): ItemSlice | undefined {
  // The root property the change starts in: the last one whose key starts before it.
  let property: Property | undefined;
  for (const p of root.properties) if (p.start <= change.start) property = p;
  const list = property?.value;
  if (list?.type !== 'array' || list.items.length === 0 || list.start > change.start) return undefined;
  // The last item whose start is at or before the change.
  let lo = 0;
  let hi = list.items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list.items[mid] as Node).start <= change.start) lo = mid;
    else hi = mid - 1;
  }
  const item = list.items[lo] as Node;
  const sliceStart = dashLineStart(text, item);
  if (sliceStart === undefined) return undefined;
  const next = list.items[lo + 1];
  let sliceEnd: number;
  if (next) {
    const nextStart = dashLineStart(text, next);
    if (nextStart === undefined) return undefined;
    sliceEnd = nextStart;
  } else {
    const lineEnd = text.indexOf('\n', item.end);
    sliceEnd = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  // The change must leave the dash and the slice's final line break alone.
  const dash = text.indexOf('-', sliceStart);
  const finalBreak = text[sliceEnd - 1] === '\n' ? sliceEnd - 1 : sliceEnd;
  if (change.start <= dash || change.oldEnd > finalBreak) return undefined;
  return { list, index: lo, sliceStart, sliceEnd };
}

/** Start of the item's line when the item follows a dash there (`  - Key: …`), else undefined. */
function dashLineStart(text: string, item: Node): number | undefined {
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  return DASH_LINE.test(text.slice(lineStart, item.start)) ? lineStart : undefined;
}

interface ParsedSlice {
  items: Node[];
  problems: SyntaxProblem[];
}

/** The slice's block list items, with document offsets, or undefined when it does not stand alone. */
function parseSlice(slice: string, offset: number, oldSlice: string): ParsedSlice | undefined {
  // What the full parse would refuse or blank out (yamlLimits.ts), it handles itself.
  const limited = limitYaml(slice);
  if (limited.refused || limited.text !== slice) return undefined;
  let docs: Document.Parsed[] | undefined;
  try {
    const parsed = parseAllDocuments(slice, YAML_OPTIONS);
    docs = Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined; // the full parse reports it
  }
  if (!docs || docs.length !== 1) return undefined;
  const doc = docs[0];
  if (!doc || doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  const seq = doc.contents;
  if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) return undefined;
  // Same dash column as before: the list's own indentation is untouched.
  if (slice.indexOf('-') !== oldSlice.indexOf('-') || seq.range[0] !== slice.indexOf('-')) return undefined;
  let plain = true;
  visit(doc, (_key, node) => {
    if (isAlias(node) || ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor)) plain = false;
    if (isPair(node) && !isScalar(node.key)) plain = false;
    return plain ? undefined : visit.BREAK;
  });
  if (!plain) return undefined;
  const problems: SyntaxProblem[] = [];
  const converter = new Converter(doc, problems, slice);
  const items: Node[] = [];
  for (const item of seq.items) {
    // An empty item's node sits at the list's start, which the slice does not know.
    if (item === null || item === undefined) return undefined;
    // Root object (depth 0) → list (1) → item (2), as in the full parse.
    items.push(converter.convert(item as YamlNode, 2));
  }
  if (problems.length > 0) return undefined;
  for (const item of items) shiftSubtree(item, offset);
  for (const item of items) findDuplicateKeys(item, problems);
  return { items, problems };
}
