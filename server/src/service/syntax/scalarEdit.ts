// A keystroke inside one scalar value (a port typed, a name corrected) changes that value and moves
// what follows, nothing else: the previous tree is updated in place instead of parsing the whole
// document again. Only edits whose result is certain to equal a full parse take this path: the
// old and new text of the scalar are both a plain YAML scalar of safe characters (or a whole JSON
// string or number), on one line, in a document with no syntax problem, anchor or merge key.
// test/scalarEdit.test.ts compares it with a full parse on random edits.
import { readPlainScalar } from './cliScalars';
import { changedRange } from './textChange';
import type { Node, ParsedDocument, ScalarNode } from './tree';

/** Longest text this path compares to find the edit (both ends); past it, a full parse is as cheap. */
const MAX_TEXT = 20_000_000;

/** Characters a plain scalar may hold for sure; an edit bringing any other (`:`, `#`, `,`, …) re-parses. */
const SAFE_PLAIN = /^[A-Za-z0-9_./@+~()=$^][A-Za-z0-9_./@+~()=$^ -]*$/;
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;

/** The document after the edit that turns `previous.text` into `text`, or undefined to parse again. */
export function reparseScalarEdit(previous: ParsedDocument, text: string): ParsedDocument | undefined {
  const old = previous.text;
  const root = previous.root;
  if (!root || old.length > MAX_TEXT || text.length > MAX_TEXT) return undefined;
  const change = changedRange(old, text);
  if (!change) return undefined;
  if (previous.syntax === 'yaml') {
    const typed = afterClosingQuote(previous, text, change);
    if (typed) return typed;
  }
  if (previous.problems.some((p) => !p.cloudFormationTag)) return undefined;
  const { start, oldEnd, newEnd } = change;
  const delta = newEnd - oldEnd;
  const node = scalarAround(root, start, oldEnd);
  if (!node) return undefined;
  const token = text.slice(node.start, node.end + delta);
  // Printable ASCII only: other characters may be ones the repairs report (invisible spaces).
  if (!/^[\x20-\x7e]*$/.test(token)) return undefined;
  const value =
    previous.syntax === 'json' ? jsonValue(token) : yamlValue(old.slice(node.start, node.end), token, old);
  if (!value) return undefined;
  shiftAfter(root, node, oldEnd, delta);
  node.value = value.value;
  node.integer = value.integer;
  delete node.timestamp;
  node.end += delta;
  const problems = previous.problems.map((p) =>
    p.start >= oldEnd ? { ...p, start: p.start + delta, end: p.end + delta } : p,
  );
  return { text, syntax: previous.syntax, root, problems };
}

/** What the yaml package reports of characters written right after a closing quote. */
const AFTER_QUOTE_MESSAGE = 'YAML: Unexpected scalar at node end.';
/**
 * Characters after a closing quote whose reading this path knows (`'30'x`, `"a"1.b-c`); a `-` first
 * may be read as a list item.
 */
const AFTER_QUOTE = /^(?:[A-Za-z0-9_][A-Za-z0-9._-]*)?$/;

/**
 * Characters typed (or deleted) right after the closing quote of a one-line quoted value, up to the
 * end of its line (`Value: '30'` to `Value: '30'x`, as a user types past a quote): the yaml package
 * reads the value as before and reports the characters as one problem, and nothing else changes but
 * the offsets after the quote. Only when the previous text has no other problem (but tags').
 */
function afterClosingQuote(
  previous: ParsedDocument,
  text: string,
  change: { start: number; oldEnd: number; newEnd: number },
): ParsedDocument | undefined {
  const old = previous.text;
  const root = previous.root;
  const lineEnd = lineEndOf(old, change.start);
  if (!root || change.oldEnd > lineEnd) return undefined;
  // The characters after the quote, before and after the edit, up to the end of the line.
  let quoteEnd = lineEnd;
  while (quoteEnd > 0 && /[A-Za-z0-9._-]/.test(old.charAt(quoteEnd - 1))) quoteEnd--;
  const delta = change.newEnd - change.oldEnd;
  const before = old.slice(quoteEnd, lineEnd);
  const after = text.slice(quoteEnd, lineEnd + delta);
  if (change.start < quoteEnd || !AFTER_QUOTE.test(after) || before === after) return undefined;
  if (text.slice(lineEnd + delta, lineEnd + delta + 1) !== old.charAt(lineEnd)) return undefined;
  const node = scalarAround(root, quoteEnd - 1, quoteEnd);
  const quote = old.charAt(quoteEnd - 1);
  if (!node || node.end !== quoteEnd || (quote !== "'" && quote !== '"')) return undefined;
  const written = old.slice(node.start, node.end);
  if (written.length < 2 || written.charAt(0) !== quote || written.includes('\n')) return undefined;
  // A value in a block mapping or list, not in a flow collection or after a comment's `#`.
  const lineStart = old.lastIndexOf('\n', node.start - 1) + 1;
  if (!/^ *(?:- +)*(?:[A-Za-z0-9_.:/-]+: +)?$/.test(old.slice(lineStart, node.start))) return undefined;
  const own = (p: ParsedDocument['problems'][number]): boolean =>
    p.start === quoteEnd && p.end === lineEnd && p.message === AFTER_QUOTE_MESSAGE;
  const others = previous.problems.filter((p) => !(before !== '' && own(p)));
  if (
    others.some((p) => !p.cloudFormationTag) ||
    others.length !== previous.problems.length - (before ? 1 : 0)
  )
    return undefined;
  if (sharesNodes(old)) return undefined;
  shiftAfter(root, node, quoteEnd + 1, delta);
  const problems = others.map((p) =>
    p.start > quoteEnd ? { ...p, start: p.start + delta, end: p.end + delta } : p,
  );
  // The parser's errors come before the tags' problems (parseYaml.ts).
  if (after !== '')
    problems.unshift({
      start: quoteEnd,
      end: quoteEnd + after.length,
      severity: 'error',
      kind: 'invalid-syntax',
      message: AFTER_QUOTE_MESSAGE,
    });
  return { text, syntax: previous.syntax, root, problems };
}

/**
 * Anchors, aliases and merge keys share nodes, and a directive may change how scalars read: an
 * edit in such a text is not one scalar's.
 */
function sharesNodes(text: string): boolean {
  return text.startsWith('%') || /(?:^|[\s[{,])[&*][^\s\]},]|<</m.test(text);
}

/** Where the line holding `offset` ends (its `\r` excluded), or the text's end. */
function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return end > 0 && text.charAt(end - 1) === '\r' ? end - 1 : end;
}

/** The value scalar (not a key) whose text holds the edited range. */
function scalarAround(root: Node, start: number, end: number): ScalarNode | undefined {
  let node: Node = root;
  for (;;) {
    if (node.type === 'scalar') return node.start <= start && end <= node.end ? node : undefined;
    let next: Node | undefined;
    if (node.type === 'object') {
      for (const p of node.properties) {
        if (p.key.start <= start && start <= p.key.end) return undefined; // a key: structure may change
        if (p.value.start <= start && end <= p.value.end) next = p.value;
      }
    } else for (const item of node.items) if (item.start <= start && end <= item.end) next = item;
    if (!next) return undefined;
    node = next;
  }
}

interface Typed {
  value: ScalarNode['value'];
  integer: boolean;
}

function jsonValue(token: string): Typed | undefined {
  if (token.startsWith('"')) {
    if (!token.endsWith('"') || token.length < 2) return undefined;
    try {
      const value: unknown = JSON.parse(token);
      return typeof value === 'string' ? { value, integer: false } : undefined;
    } catch {
      return undefined;
    }
  }
  if (!JSON_NUMBER.test(token)) return undefined;
  const value = Number(token);
  return Number.isFinite(value) ? { value, integer: /^-?\d+$/.test(token) } : undefined;
}

function yamlValue(before: string, token: string, text: string): Typed | undefined {
  if (sharesNodes(text)) return undefined;
  if (!SAFE_PLAIN.test(before) || !SAFE_PLAIN.test(token) || token.endsWith(' ')) return undefined;
  const reading = readPlainScalar(token, '1.2');
  switch (reading.type) {
    case 'string':
      return { value: token, integer: false };
    case 'integer':
      return { value: reading.value, integer: true };
    case 'float':
      return { value: reading.value, integer: false };
    case 'boolean':
      return { value: reading.value, integer: false };
    default:
      return undefined; // null, dates and what the loader refuses: the full parse says
  }
}

/** Moves every node after the edit by `delta`, and the end of every node that holds it. */
function shiftAfter(root: Node, edited: ScalarNode, at: number, delta: number): void {
  if (delta === 0) return;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node === edited) continue;
    if (node.start >= at) node.start += delta;
    if (node.end >= at) node.end += delta;
    else if (node.start < at && node.end < at) continue; // wholly before the edit: so are its children
    if (node.type === 'object')
      for (const p of node.properties) {
        if (p.start >= at) p.start += delta;
        if (p.end >= at) p.end += delta;
        if (p.key.start >= at) {
          p.key.start += delta;
          p.key.end += delta;
        }
        stack.push(p.value);
      }
    else if (node.type === 'array') for (const item of node.items) stack.push(item);
  }
}
