// The source line of a finding with a caret underline, as terminals show it: tabs expanded,
// wide characters (CJK, emoji) taking two cells, and long lines cut to a window around the caret.
// It reads only the characters it prints (and a bounded run of zero-width ones): a finding on an
// 850 KB minified line costs what a short line costs.

const TAB_SIZE = 4;
const MAX_WIDTH = 120;
const CONTEXT_BEFORE = 30;
/** Code points looked at on either side of the caret, whatever their width (combining marks take none). */
const MAX_SCAN = MAX_WIDTH * 4;

/** What the text format prints for a finding, without colours: the line cut to its window and the caret. */
export interface Frame {
  /** 1-based line number. */
  line: number;
  /** The visible part of the line, tabs and control characters replaced, with `…` where it is cut. */
  source: string;
  /** Display columns of the caret in `source`: from inclusive, to exclusive (at least one wider). */
  caretFrom: number;
  caretTo: number;
}

export interface FrameStyle {
  gutter(text: string): string;
  marker(text: string): string;
}

/**
 * The frame of the range [start, end) of a line: `lineStart`/`lineEnd` are the UTF-16 offsets of
 * the line's first character and of its end (before the line break).
 */
export function frameOf(
  text: string,
  line: number,
  lineStart: number,
  lineEnd: number,
  start: number,
  end: number,
): Frame {
  const caret = Math.min(Math.max(start, lineStart), lineEnd);
  // Forward from the caret, then back as far as the room left allows (at least CONTEXT_BEFORE cells).
  const ahead = scanForward(text, caret, lineEnd, MAX_WIDTH);
  const room = MAX_WIDTH - Math.min(ahead.width, MAX_WIDTH - CONTEXT_BEFORE);
  const from = scanBackward(text, caret, lineStart, room);
  // Tabs line up with the line's tab stops when the window starts at the line's start.
  const cells = toCells(text, from, caret, lineEnd, MAX_WIDTH);
  const before = from > lineStart ? '…' : '';
  const after = cells.end < lineEnd ? '…' : '';
  const caretEnd = Math.min(end, lineEnd);
  const caretFrom = cells.columnOf(caret) + before.length;
  const caretTo = Math.max(
    end > cells.end ? cells.width + before.length : cells.columnOf(caretEnd) + before.length,
    caretFrom + 1,
  );
  return { line, source: before + cells.text + after, caretFrom, caretTo };
}

/** Two lines: ` 12 | source` and `    |    ^^^^`. */
export function renderFrame(frame: Frame, style: FrameStyle): string[] {
  const number = String(frame.line);
  const pad = ' '.repeat(number.length);
  return [
    `${style.gutter(` ${number} |`)}${frame.source === '' ? '' : ` ${frame.source}`}`,
    `${style.gutter(` ${pad} |`)} ${' '.repeat(frame.caretFrom)}${style.marker('^'.repeat(frame.caretTo - frame.caretFrom))}`,
  ];
}

interface Scan {
  /** The offset where the scan stopped. */
  at: number;
  width: number;
}

function scanForward(text: string, from: number, limit: number, maxWidth: number): Scan {
  let at = from;
  let width = 0;
  for (let seen = 0; at < limit && seen < MAX_SCAN; seen++) {
    const code = text.codePointAt(at) ?? 0;
    const w = cellWidth(code, width);
    if (width + w > maxWidth) break;
    width += w;
    at += code > 0xffff ? 2 : 1;
  }
  return { at, width };
}

/** The offset to start the window at: as far back from `from` as `maxWidth` cells reach. */
function scanBackward(text: string, from: number, limit: number, maxWidth: number): number {
  let at = from;
  let width = 0;
  for (let seen = 0; at > limit && seen < MAX_SCAN; seen++) {
    const low = text.charCodeAt(at - 1);
    const pair =
      at - 2 >= limit && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(at - 2));
    const size = pair ? 2 : 1;
    // A tab counts as a full stop's width here; its real width is known once the window is laid out.
    const w = cellWidth(text.codePointAt(at - size) ?? 0, 0);
    if (width + w > maxWidth) break;
    width += w;
    at -= size;
  }
  return at;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

interface Cells {
  text: string;
  width: number;
  /** The offset just past the last cell laid out. */
  end: number;
  /** The display column of an offset at or after the window's start (its width past the end). */
  columnOf(offset: number): number;
}

/** Lays out the window from `from`, keeping at most `maxWidth` cells. */
function toCells(text: string, from: number, caret: number, limit: number, maxWidth: number): Cells {
  const offsets: number[] = [];
  const columns: number[] = [];
  let out = '';
  let width = 0;
  let at = from;
  for (let seen = 0; at < limit && (seen < 2 * MAX_SCAN || at < caret); seen++) {
    const code = text.codePointAt(at) ?? 0;
    const w = cellWidth(code, width);
    if (width + w > maxWidth) break;
    offsets.push(at);
    columns.push(width);
    out += code === 9 ? ' '.repeat(w) : isControl(code) ? '\ufffd' : String.fromCodePoint(code);
    width += w;
    at += code > 0xffff ? 2 : 1;
  }
  const end = at;
  return {
    text: out,
    width,
    end,
    columnOf(offset) {
      if (offset >= end) return width;
      // Binary search: the first laid-out code point at or after the offset.
      let lo = 0;
      let hi = offsets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((offsets[mid] as number) < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo < columns.length ? (columns[lo] as number) : width;
    },
  };
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
}

/** Cells a code point takes at a display column: tabs reach the next stop, control characters one. */
function cellWidth(code: number, column: number): number {
  if (code === 9) return TAB_SIZE - (column % TAB_SIZE);
  if (isControl(code)) return 1;
  return charWidth(String.fromCodePoint(code), code);
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** Cells a character takes in a terminal: 0 for combining marks, 2 for wide (East Asian) and emoji. */
export function charWidth(char: string, code = char.codePointAt(0) ?? 0): number {
  if (code < 0x300) return 1; // Latin-1 and most of Latin Extended: no regular expression needed
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
