// The source line of a finding with a caret underline, as terminals show it: tabs expanded,
// wide characters (CJK, emoji) taking two cells, and long lines cut to a window.
import type { TextDocument } from 'vscode-languageserver-textdocument';

const TAB_SIZE = 4;
const MAX_WIDTH = 120;
const CONTEXT_BEFORE = 30;

interface Cell {
  text: string;
  width: number;
  /** Display column where the cell starts. */
  column: number;
  /** UTF-16 index of the code point in the line. */
  index: number;
}

export interface FrameStyle {
  gutter(text: string): string;
  marker(text: string): string;
}

/** Two lines: ` 12 | source` and `    |    ^^^^`. */
export function codeFrame(document: TextDocument, start: number, end: number, style: FrameStyle): string[] {
  const from = document.positionAt(start);
  const to = document.positionAt(end);
  const lineStart = document.offsetAt({ line: from.line, character: 0 });
  const nextLine = document.offsetAt({ line: from.line + 1, character: 0 });
  const line = document
    .getText()
    .slice(lineStart, nextLine)
    .replace(/\r?\n$|\r$/, '');
  const cells = toCells(line);
  const lineWidth = cells.reduce((sum, c) => sum + c.width, 0);
  const startChar = from.character;
  const endChar = to.line === from.line ? to.character : line.length;
  const caretStart = columnAt(cells, startChar, lineWidth);
  const caretEnd = Math.max(columnAt(cells, endChar, lineWidth), caretStart + 1);

  let windowStart = 0;
  if (lineWidth > MAX_WIDTH)
    windowStart = Math.max(0, Math.min(caretStart - CONTEXT_BEFORE, lineWidth - MAX_WIDTH));
  const windowEnd = windowStart + MAX_WIDTH;
  const visible = cells.filter((c) => c.column >= windowStart && c.column + c.width <= windowEnd);
  const before = windowStart > 0 ? '…' : '';
  const after = lineWidth > windowEnd ? '…' : '';
  const source = before + visible.map((c) => c.text).join('') + after;
  const caretFrom = Math.max(caretStart, windowStart) - windowStart + before.length;
  const caretTo = Math.min(caretEnd, windowEnd) - windowStart + before.length;

  const number = String(from.line + 1);
  const pad = ' '.repeat(number.length);
  return [
    `${style.gutter(` ${number} |`)}${source === '' ? '' : ` ${source}`}`,
    `${style.gutter(` ${pad} |`)} ${' '.repeat(caretFrom)}${style.marker('^'.repeat(Math.max(1, caretTo - caretFrom)))}`,
  ];
}

function toCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  let index = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    let text = char;
    let width: number;
    if (char === '\t') {
      width = TAB_SIZE - (column % TAB_SIZE);
      text = ' '.repeat(width);
    } else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      text = '\ufffd';
      width = 1;
    } else width = charWidth(char, code);
    cells.push({ text, width, column, index });
    column += width;
    index += char.length;
  }
  return cells;
}

/** The display column of a UTF-16 index (the end of the line for indexes past it). */
function columnAt(cells: readonly Cell[], index: number, lineWidth: number): number {
  const cell = cells.find((c) => c.index >= index);
  return cell ? cell.column : lineWidth;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** Cells a character takes in a terminal: 0 for combining marks, 2 for wide (East Asian) and emoji. */
export function charWidth(char: string, code = char.codePointAt(0) ?? 0): number {
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI.test(char)) return 2;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}
