// Where a YAML line sits, read from indentation alone: the fallback for text so broken that the
// parser no longer places the cursor's line. Walks the lines above, as a reader would: a key at a
// smaller column with nothing after its colon is the parent, a dash at the same column is a
// sibling list item.
import type { Segment } from './cursorContext';

interface LineShape {
  /** Column of the first dash, or -1. */
  dash: number;
  /** Column where the key (or the item's content) starts. */
  content: number;
  key?: string;
  /** Something follows the key's colon on the same line. */
  hasValue: boolean;
}

const KEY = /^([\w-]+|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]+(.*))?$/;

function shapeOf(line: string): LineShape | undefined {
  const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
  const m = /^( *)((?:- +)*)(.*)$/.exec(clean);
  if (!m || /^\t/.test(m[3] ?? '')) return undefined; // tabs are not YAML indentation: skip the line
  const content = (m[3] ?? '').trimEnd();
  if (content === '' && !m[2]) return undefined; // blank
  if (content.startsWith('#')) return undefined; // comment
  const indent = (m[1] ?? '').length;
  const dashes = m[2] ?? '';
  const shape: LineShape = {
    dash: dashes ? indent : -1,
    content: indent + dashes.length,
    hasValue: content !== '',
  };
  const key = KEY.exec(content);
  if (key) {
    const name = key[1] ?? '';
    shape.key = /^["']/.test(name) ? name.slice(1, -1) : name;
    const value = (key[2] ?? '').trim();
    shape.hasValue = value !== '' && !value.startsWith('#');
  } else if (!dashes) {
    return undefined; // neither a key nor a list item: another half-typed line, skip it
  }
  return shape;
}

export interface IndentationPath {
  path: Segment[];
  /** Keys of the object the cursor's line belongs to, above and below it. */
  siblingKeys: string[];
}

/**
 * The path of the object a key at `column` on the line starting at `lineStart` belongs to
 * (`dashColumn` >= 0 when that key starts a list item), or undefined when the lines above do not
 * form a block structure.
 */
export function indentationPath(
  text: string,
  lineStart: number,
  column: number,
  dashColumn: number,
): IndentationPath | undefined {
  const path: Segment[] = [];
  const siblingKeys = keysBelow(text, lineStart, column, dashColumn);
  let inItem = dashColumn >= 0;
  let at = inItem ? dashColumn : column;
  let items = 0;
  let collecting = true;
  for (const [start, end] of linesBefore(text, lineStart)) {
    // Most lines above lie inside earlier items or values: tell them by their indentation alone.
    if (indentedPast(text, start, end, at)) continue;
    const line = shapeOf(text.slice(start, end));
    if (!line) continue;
    if (inItem) {
      if (line.dash === at) {
        items += 1; // an earlier item of the same list
        continue;
      }
      if (line.content > at || line.dash > at) continue; // inside an earlier item
      path.unshift(items);
      collecting = false;
    } else {
      if (line.content === at && line.key !== undefined) {
        if (collecting) siblingKeys.push(line.key);
        if (line.dash >= 0) {
          inItem = true; // the key that opened the list item we are in
          at = line.dash;
          items = 0;
        }
        continue;
      }
      if (line.content > at) continue; // inside an earlier sibling's value
      collecting = false;
    }
    // A line left of us: it must be the key whose value we are in.
    if (line.key === undefined || line.hasValue) return undefined;
    path.unshift(line.key);
    inItem = line.dash >= 0;
    at = inItem ? line.dash : line.content;
    items = 0;
  }
  if (inItem) path.unshift(items);
  return { path, siblingKeys };
}

/** Keys at `column` on the lines after the cursor's line that belong to the same object. */
function keysBelow(text: string, lineStart: number, column: number, dashColumn: number): string[] {
  const lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) return [];
  const keys: string[] = [];
  for (const raw of linesFrom(text, lineEnd + 1)) {
    const line = shapeOf(raw);
    if (!line) continue;
    if (line.content < column || (line.dash >= 0 && line.dash <= Math.max(column - 1, dashColumn))) break;
    if (line.content === column && line.key !== undefined) keys.push(line.key);
  }
  return keys;
}

/** The indentation of the next line that is not blank or a comment, or -1. */
export function indentOfNextLine(text: string, lineEnd: number): number {
  const next = text.indexOf('\n', lineEnd);
  if (next < 0) return -1;
  for (const raw of linesFrom(text, next + 1)) {
    const line = shapeOf(raw);
    if (line) return line.dash >= 0 ? line.dash : line.content;
  }
  return -1;
}

/** The [start, end) of each line before the one at `lineStart`, nearest first (no split of a large document). */
function* linesBefore(text: string, lineStart: number): Generator<[number, number]> {
  let end = lineStart - 1; // the line break that ends the previous line
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    yield [start, end];
    end = start - 1;
  }
}

/**
 * A line without a list dash whose text starts right of `column`, or a blank line: one that
 * `indentationPath` passes over whatever its shape.
 */
function indentedPast(text: string, start: number, end: number, column: number): boolean {
  let i = start;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  if (i === end) return true;
  return text.charCodeAt(i) !== 0x2d /* - */ && i - start > column;
}

/** The lines from `start` on, in order, as `text.slice(start).split('\n')` gives them. */
function* linesFrom(text: string, start: number): Generator<string> {
  let from = start;
  for (;;) {
    const end = text.indexOf('\n', from);
    if (end < 0) {
      yield text.slice(from);
      return;
    }
    yield text.slice(from, end);
    from = end + 1;
  }
}
