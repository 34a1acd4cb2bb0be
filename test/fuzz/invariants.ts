// What must hold for any input, however broken: nothing throws, every operation ends within a
// bound, and every range the service returns lies inside the document, on whole UTF-16 code
// points, at columns VS Code can show. Completion and hover are asked at random positions.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  Analysis,
  CompletionEntry,
  LanguageService,
  SymbolEntry,
  Syntax,
  TextEdit,
} from '../../server/src/service/languageService';
import type { Random } from './random';

export interface FuzzInput {
  syntax: Syntax;
  text: string;
  /** The file is named as ELBv2 (so unknown documents are checked too). */
  named: boolean;
}

export interface Violation {
  /** The operation that broke an invariant, e.g. "check", "complete@120", "hover@7". */
  operation: string;
  message: string;
}

/**
 * The time one operation may take: one second, plus five milliseconds per KB of text (51 s for
 * a 10 MB document). Parsing is linear: the yaml package reads about a megabyte a second, and
 * completion may parse twice. The bound is far above a correct run; it catches runaway work
 * (exponential aliases, quadratic scans), which on a megabyte takes hours. It is measured in CPU
 * time of this process (`cpuMs`), not wall time: on a machine whose cores other processes keep
 * busy, an operation waits without working, and that is not what the bound is about.
 */
export function timeBoundMs(text: string): number {
  return 1000 + 5 * Math.ceil(text.length / 1024);
}

/** The CPU time this process has used, user and system, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface ExerciseOptions {
  /** Completion and hover requests per input. */
  positions: number;
  /** Multiplies the time bound (CI machines are slower; timing checks are re-run before they count). */
  timeScale?: number;
}

export function exercise(
  service: LanguageService,
  input: FuzzInput,
  rng: Random,
  options: ExerciseOptions,
): Violation[] {
  const violations: Violation[] = [];
  const bound = timeBoundMs(input.text) * (options.timeScale ?? 1);
  const doc = TextDocument.create('file:///fuzz', input.syntax, 1, input.text);

  const run = <T>(operation: string, action: () => T): T | undefined => {
    const started = cpuMs();
    try {
      return action();
    } catch (error) {
      violations.push({ operation, message: `threw ${describe(error)}` });
      return undefined;
    } finally {
      const elapsed = cpuMs() - started;
      if (elapsed > bound)
        violations.push({ operation, message: `took ${Math.round(elapsed)} ms of CPU (bound ${bound} ms)` });
    }
  };
  let lengths: number[] | undefined;
  const lineLengthsOnce = (): number[] => (lengths ??= lineLengths(input.text));
  const range = (operation: string, start: number, end: number): void => {
    const problem = rangeProblem(doc, lineLengthsOnce, start, end);
    if (problem) violations.push({ operation, message: problem });
  };

  const analysis = run('check', () => service.check(input));
  if (analysis) {
    checkFindings(analysis, input, range, violations, (op, action) => run(op, action), service);
    const symbols = run('symbols', () => service.symbols(analysis));
    if (symbols) checkSymbols(symbols, range, violations);
  }
  for (const [i, offset] of cursorOffsets(doc, rng, options.positions).entries()) {
    // Mostly with the analysis, as the server asks (it spares a parse); sometimes without.
    const given = i % 3 === 2 ? undefined : analysis;
    const entries = run(`complete@${offset}`, () => service.complete(input, offset, given));
    if (entries) checkCompletion(entries, input.text, offset, range, violations);
    if (!analysis) continue;
    const info = run(`hover@${offset}`, () => service.hover(analysis, offset));
    if (!info) continue;
    range(`hover@${offset}`, info.start, info.end);
    if (typeof info.markdown !== 'string' || info.markdown.trim() === '')
      violations.push({ operation: `hover@${offset}`, message: 'empty hover text' });
    if (info.start > offset || info.end < offset)
      violations.push({
        operation: `hover@${offset}`,
        message: `hover range [${info.start}, ${info.end}) does not contain the position`,
      });
  }
  return violations;
}

type RangeCheck = (operation: string, start: number, end: number) => void;

function checkFindings(
  analysis: Analysis,
  input: FuzzInput,
  range: RangeCheck,
  violations: Violation[],
  run: <T>(operation: string, action: () => T) => T | undefined,
  service: LanguageService,
): void {
  let fixesApplied = 0;
  for (const finding of analysis.findings) {
    const operation = `check: ${finding.ruleId}`;
    range(operation, finding.start, finding.end);
    if (typeof finding.message !== 'string' || finding.message.trim() === '')
      violations.push({ operation, message: 'empty message' });
    for (const fix of finding.fixes ?? []) {
      for (const edit of fix.edits) range(`${operation} fix "${fix.title}"`, edit.start, edit.end);
      const overlap = overlapping(fix.edits);
      if (overlap) violations.push({ operation: `${operation} fix "${fix.title}"`, message: overlap });
      else if (fixesApplied < 2) {
        fixesApplied += 1;
        const fixed = applyEdits(input.text, fix.edits);
        run(`${operation} fix "${fix.title}" then check`, () => service.check({ ...input, text: fixed }));
      }
    }
  }
}

function checkSymbols(entries: readonly SymbolEntry[], range: RangeCheck, violations: Violation[]): void {
  for (const s of entries) {
    const operation = `symbols: ${JSON.stringify(s.name)}`;
    range(operation, s.start, s.end);
    range(`${operation} selection`, s.selectionStart, s.selectionEnd);
    // VS Code rejects the whole outline when a name is empty or a selection leaves its range.
    if (typeof s.name !== 'string' || s.name === '')
      violations.push({ operation, message: 'empty symbol name' });
    if (s.selectionStart < s.start || s.selectionEnd > s.end)
      violations.push({ operation, message: 'selection range outside the symbol range' });
    checkSymbols(s.children, range, violations);
  }
}

function checkCompletion(
  entries: readonly CompletionEntry[],
  text: string,
  offset: number,
  range: RangeCheck,
  violations: Violation[],
): void {
  for (const e of entries) {
    const operation = `complete@${offset}: ${JSON.stringify(e.label)}`;
    range(operation, e.replaceStart, e.replaceEnd);
    if (typeof e.label !== 'string' || e.label === '') violations.push({ operation, message: 'empty label' });
    // VS Code drops an item whose edit range is not on the cursor's line or does not contain it.
    if (e.replaceStart > offset || e.replaceEnd < offset)
      violations.push({
        operation,
        message: `replace range [${e.replaceStart}, ${e.replaceEnd}) misses the cursor`,
      });
    else if (/[\r\n]/.test(text.slice(e.replaceStart, e.replaceEnd)))
      violations.push({ operation, message: 'replace range spans lines' });
  }
}

/** Why a range of offsets is not one an editor can show, or undefined when it is fine. */
export function rangeProblem(
  doc: TextDocument,
  lengths: () => readonly number[],
  start: number,
  end: number,
): string | undefined {
  const text = doc.getText();
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets ${start}, ${end} are not integers`;
  if (start < 0 || end > text.length || start > end)
    return `range [${start}, ${end}) is not inside the document (length ${text.length})`;
  for (const offset of [start, end]) {
    if (isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset)))
      return `offset ${offset} splits a surrogate pair`;
    const position = doc.positionAt(offset);
    if (doc.offsetAt(position) !== offset) return `offset ${offset} lies inside a line break`;
    const length = lengths()[position.line] ?? 0;
    if (position.character > length)
      return `offset ${offset} is column ${position.character} of line ${position.line}, which has ${length}`;
  }
  return undefined;
}

/** The length of each line without its line break ("\r\n", "\n" or "\r"), as VS Code splits lines. */
function lineLengths(text: string): number[] {
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== '\n' && c !== '\r') continue;
    lengths.push(i - start);
    if (c === '\r' && text[i + 1] === '\n') i += 1;
    start = i + 1;
  }
  return lengths;
}

/**
 * Cursor offsets as an editor sends them: random positions, converted as the server does, never
 * inside a surrogate pair (VS Code moves the cursor over a whole character).
 */
function cursorOffsets(doc: TextDocument, rng: Random, count: number): number[] {
  const offsets = new Set<number>([0, doc.getText().length]);
  for (let attempt = 0; attempt < count * 4 && offsets.size < count + 2; attempt++) {
    const line = rng.int(doc.lineCount + 1);
    const offset = doc.offsetAt({ line, character: rng.int(rng.chance(0.2) ? 200 : 40) });
    const text = doc.getText();
    offsets.add(
      isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))
        ? offset - 1
        : offset,
    );
  }
  return [...offsets];
}

function overlapping(edits: readonly TextEdit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.start < previous.end) return 'the edits of the fix overlap';
  }
  return undefined;
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0] ?? ''}`;
  return String(error);
}

/** Rules that report the parsers' problems: what one syntax defect may make them say is bounded. */
const SYNTAX_RULES = new Set(['yaml-syntax', 'json-syntax', 'duplicate-key', 'document-too-complex']);
/**
 * At most this many syntax findings for one corrupted character: the parsers' five listed errors
 * and the one that counts the rest (syntax/followOnErrors.ts), and one block of comments or
 * invisible characters the character may have made.
 */
export const MAX_SYNTAX_FINDINGS_PER_DEFECT = 7;
const CORRUPTIONS = [
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '-',
  ' ',
  '\t',
  '\n',
  '#',
  'a',
  '0',
  '\u00a0',
  '\u200b',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '?',
];

/**
 * One defect, bounded findings: a clean document with one character deleted, inserted or replaced
 * gets at most a few syntax findings, not one per token after the defect.
 */
export function oneDefect(service: LanguageService, syntax: Syntax, clean: string, rng: Random): Violation[] {
  const isSyntax = (ruleId: string): boolean => SYNTAX_RULES.has(ruleId);
  if (
    clean.length === 0 ||
    service.check({ syntax, text: clean, named: true }).findings.some((f) => isSyntax(f.ruleId))
  )
    return [];
  const at = rng.int(clean.length);
  const char = rng.pick(CORRUPTIONS);
  const how = rng.int(3);
  const text =
    how === 0
      ? clean.slice(0, at) + clean.slice(at + 1)
      : how === 1
        ? clean.slice(0, at) + char + clean.slice(at)
        : clean.slice(0, at) + char + clean.slice(at + 1);
  const count = service
    .check({ syntax, text, named: true })
    .findings.filter((f) => isSyntax(f.ruleId)).length;
  if (count <= MAX_SYNTAX_FINDINGS_PER_DEFECT) return [];
  const what = [
    'deleting the character',
    `inserting ${JSON.stringify(char)}`,
    `writing ${JSON.stringify(char)}`,
  ][how];
  return [
    {
      operation: 'one defect',
      message: `${what} at ${at} of a clean document gives ${count} syntax findings (at most ${MAX_SYNTAX_FINDINGS_PER_DEFECT})`,
    },
  ];
}
