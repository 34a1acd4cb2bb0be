// Characters that look like nothing or like a space but are neither to a YAML or JSON parser.
// Pasted from a web page or a chat, they break a document in ways its author cannot see, so a
// message names them by code point and a quick fix replaces them.
import type { Fix, TextEdit } from '../findings';
import { lineOf } from './lineStarts';
import type { SyntaxProblem } from './tree';

const NAMES: Readonly<Record<string, string>> = {
  '\u00a0': 'U+00A0 (no-break space)',
  '\u202f': 'U+202F (narrow no-break space)',
  '\u2007': 'U+2007 (figure space)',
  '\u200b': 'U+200B (zero-width space)',
  '\u2060': 'U+2060 (word joiner)',
  '\ufeff': 'U+FEFF (zero-width no-break space, the byte-order mark)',
  '\t': 'a tab',
};

/** Invisible to a reader, and no whitespace to the parsers (a tab is whitespace in JSON). */
export function isInvisible(char: string | undefined): boolean {
  return char !== undefined && char !== '\t' && NAMES[char] !== undefined;
}

/** Takes no room on screen: removed by a fix; the others are replaced by spaces. */
function isZeroWidth(char: string): boolean {
  return char === '\u200b' || char === '\u2060' || char === '\ufeff';
}

export function nameOf(char: string): string {
  return NAMES[char] ?? `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+00A0 (no-break space) and U+200B (zero-width space)", for the characters found. */
export function namesOf(chars: Iterable<string>): string {
  const names = [...new Set(chars)].map(nameOf);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The edit a fix makes for one invisible character: a space for one that shows as a space. */
export function replacement(char: string, at: number, tabWidth: number): TextEdit {
  const newText = char === '\t' ? ' '.repeat(tabWidth) : isZeroWidth(char) ? '' : ' ';
  return { start: at, end: at + 1, newText };
}

/** One run of lines with invisible characters where the syntax needs spaces. */
export interface InvisibleRun {
  /** Offsets of the characters, in order. */
  offsets: number[];
  firstLine: number;
  lastLine: number;
}

/**
 * One problem per run of consecutive lines: a pasted block indented with no-break spaces is one
 * defect. `where` says what part of the line they are in ("indentation", "between the tokens").
 */
export function invisibleProblem(
  text: string,
  run: InvisibleRun,
  how: { syntax: 'YAML' | 'JSON'; where: string; consequence: string; tabWidth: number; recovered: boolean },
): SyntaxProblem {
  const { syntax, where, consequence, tabWidth, recovered } = how;
  const first = run.offsets[0] ?? 0;
  const chars = run.offsets.map((at) => text[at] ?? '');
  const lines =
    run.firstLine === run.lastLine
      ? `line ${run.firstLine + 1}`
      : `lines ${run.firstLine + 1}–${run.lastLine + 1}`;
  const names = namesOf(chars);
  const title = chars.every((c) => c === '\t')
    ? `Replace the tabs with ${tabWidth} spaces each`
    : `Replace ${names} with spaces`;
  const fix: Fix = { title, edits: run.offsets.map((at) => replacement(text[at] ?? '', at, tabWidth)) };
  return {
    start: first,
    end: first + 1,
    severity: 'error',
    kind: 'invalid-syntax',
    message: `${syntax}: ${names} in the ${where} of ${lines}. ${consequence}`,
    fixes: [fix],
    recovered,
  };
}

/** Offsets grouped into runs of consecutive lines. */
export function runsByLine(starts: readonly number[], offsets: readonly number[]): InvisibleRun[] {
  const runs: InvisibleRun[] = [];
  for (const at of offsets) {
    const line = lineOf(starts, at);
    const run = runs.at(-1);
    if (run && line <= run.lastLine + 1) {
      run.offsets.push(at);
      run.lastLine = line;
    } else runs.push({ offsets: [at], firstLine: line, lastLine: line });
  }
  return runs;
}
