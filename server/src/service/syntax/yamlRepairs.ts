// Invisible characters and tabs where YAML needs spaces: in a line's indentation, after a `- `
// list marker or right after a key's colon. A no-break space there is no space to YAML, so the
// line's structure silently changes (`  HttpCode` becomes a key of the parent); a tab there is an
// error. Each run of such lines is one problem with a fix, and the document is parsed as the fix
// would leave it. Tabs are read so only when the file indents with tabs throughout; where spaces
// and tabs mix, how wide a tab was meant to be is a guess, and the parse is left as it is.
import type { TextEdit } from '../findings';
import { invisibleProblem, isInvisible, replacement, runsByLine } from './invisibleCharacters';
import { lineStarts } from './lineStarts';
import type { SyntaxProblem } from './tree';

export interface YamlRepair {
  /** Edits in original offsets, sorted: what the parser reads instead (none when nothing is found). */
  edits: TextEdit[];
  problems: SyntaxProblem[];
  /** The parser's own "tabs are not allowed" errors are said by `problems` already. */
  tabsReported: boolean;
  /** The lines `problems` speak of: the parser's complaints about them follow from the same defect. */
  lines: ReadonlySet<number>;
}

/** Quick to rule out: most documents hold none of these. */
const CANDIDATE = /[\t\u00a0\u202f\u2007\u200b\u2060\ufeff]/;
const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][0-9+-]*[ \t]*(?:#.*)?$/;

export function repairYaml(text: string): YamlRepair {
  const none: YamlRepair = { edits: [], problems: [], tabsReported: false, lines: new Set() };
  if (!CANDIDATE.test(text)) return none;
  const starts = lineStarts(text);
  const invisible: number[] = [];
  const tabs: number[] = [];
  const spaceIndents: number[] = [];
  let blockIndent = -1; // inside a block scalar: its header line's indentation
  for (let line = 0; line < starts.length; line++) {
    const start = starts[line] ?? 0;
    const end = lineEndAt(text, starts, line);
    let i = start;
    while (i < end && text[i] === ' ') i++;
    const spaces = i - start;
    if (blockIndent >= 0) {
      if (i === end || spaces > blockIndent) continue; // block scalar content is text
      blockIndent = -1;
    }
    const found = syntaxWhitespace(text, start, end);
    for (const at of found) (text[at] === '\t' ? tabs : invisible).push(at);
    if (found.length === 0 && spaces > 0 && i < end && text[i] !== '#') spaceIndents.push(spaces);
    if (BLOCK_SCALAR_HEADER.test(text.slice(start, end))) blockIndent = spaces;
  }
  if (invisible.length === 0 && tabs.length === 0) return none;
  const tabWidth = indentationUnit(spaceIndents);
  // Tabs throughout: each reads as the fix writes it. Mixed with spaces: not read at all.
  const readTabs = tabs.length > 0 && spaceIndents.length === 0;
  const problems: SyntaxProblem[] = [];
  const lines = new Set<number>();
  const all = [...invisible, ...tabs].sort((a, b) => a - b);
  for (const run of runsByLine(starts, all)) {
    for (let line = run.firstLine; line <= run.lastLine; line++) lines.add(line);
    const hasTabs = run.offsets.some((at) => text[at] === '\t');
    problems.push(
      invisibleProblem(text, run, {
        syntax: 'YAML',
        where: 'indentation',
        consequence: hasTabs
          ? 'YAML indents with spaces only, so the AWS CLI cannot read the file. Replace them with spaces.'
          : 'YAML takes them for text, not indentation, so the line does not belong where it looks: the AWS CLI reads another structure or rejects the file. Replace them with spaces.',
        tabWidth,
        recovered: !hasTabs || readTabs,
      }),
    );
  }
  const read = readTabs ? all : invisible;
  return {
    edits: read.map((at) => replacement(text[at] ?? '', at, tabWidth)),
    problems,
    tabsReported: tabs.length > 0,
    lines,
  };
}

function lineEndAt(text: string, starts: readonly number[], line: number): number {
  const next = starts[line + 1];
  let end = next === undefined ? text.length : next - 1;
  if (text[end - 1] === '\r') end--;
  return end;
}

/**
 * Offsets of invisible characters and tabs where YAML expects spaces: the indentation (with the
 * `- ` markers in it) and the space right after a key's colon. A byte-order mark that opens the
 * file is YAML's own business.
 */
function syntaxWhitespace(text: string, start: number, end: number): number[] {
  const found: number[] = [];
  let i = start;
  for (;;) {
    while (i < end && (text[i] === ' ' || text[i] === '\t' || isInvisible(text[i]))) {
      const c = text[i];
      const byteOrderMark = i === 0 && c === '\ufeff';
      // The AWS CLI's loader refuses a tab here, after a list marker too.
      if (c !== ' ' && !byteOrderMark) found.push(i);
      i++;
    }
    // A list marker, then more indentation: `- - key`, `-\u00a0key`.
    const next = text[i + 1];
    if (text[i] === '-' && (i + 1 === end || next === ' ' || next === '\t' || isInvisible(next))) {
      i++;
      continue;
    }
    break;
  }
  // Right after the first colon of `key:\u00a0value`, outside quotes.
  const colon = text.indexOf(':', i);
  if (colon !== -1 && colon < end && !/["']/.test(text.slice(i, colon)))
    for (let j = colon + 1; j < end && isInvisible(text[j]); j++) found.push(j);
  return found;
}

/** The file's indentation step: the greatest common divisor of its space indentations, 2 to 8. */
function indentationUnit(indents: readonly number[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const unit = indents.reduce((g, n) => gcd(g, n), 0);
  return unit >= 2 && unit <= 8 ? unit : 2;
}
