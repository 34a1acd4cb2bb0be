// What is not JSON but is plainly meant as something: comments (`#`, `//`, `/* */`) and invisible
// characters between the tokens (a no-break space, a byte-order mark). Each block of them is one
// problem with a fix; the parser then reads the text with them blanked out (same length, so every
// offset stays), and the rest of the document is analysed as the fix would leave it. Without this,
// a block of `#` comments gave one error per word.
import type { Fix, TextEdit } from '../findings';
import { invisibleProblem, isInvisible, runsByLine } from './invisibleCharacters';
import { lineOf, lineStarts } from './lineStarts';
import type { SyntaxProblem } from './tree';

export interface JsonRepair {
  /** The text with the comments and invisible characters replaced by spaces. */
  text: string;
  problems: SyntaxProblem[];
}

interface Span {
  start: number;
  end: number;
}

/** Comments and invisible characters outside strings, found in one pass. */
function scan(text: string): { comments: Span[]; invisible: number[] } {
  const comments: Span[] = [];
  const invisible: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"' || c === '\n') inString = false; // a string never spans lines
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = lineEnd(text, i);
      comments.push({ start: i, end });
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close === -1 ? text.length : close + 2;
      comments.push({ start: i, end });
      i = end - 1;
    } else if (isInvisible(c)) invisible.push(i);
  }
  return { comments, invisible };
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline === -1 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** Quick to rule out: most documents hold none of these outside strings. */
const CANDIDATE = /[#/\u00a0\u202f\u2007\u200b\u2060\ufeff]/;

export function repairJson(text: string): JsonRepair {
  if (!CANDIDATE.test(text)) return { text, problems: [] };
  const { comments, invisible } = scan(text);
  if (comments.length === 0 && invisible.length === 0) return { text, problems: [] };
  const chars = text.split('');
  const blank = (start: number, end: number): void => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  for (const c of comments) blank(c.start, c.end);
  for (const at of invisible) blank(at, at + 1);
  const starts = lineStarts(text);
  const problems = [
    ...commentProblems(text, starts, comments),
    ...invisibleProblems(text, starts, invisible),
  ].sort((a, b) => a.start - b.start);
  return { text: chars.join(''), problems };
}

/** One problem per block of comments with nothing but whitespace between them. */
function commentProblems(text: string, starts: number[], comments: Span[]): SyntaxProblem[] {
  const blocks: Span[][] = [];
  for (const c of comments) {
    const block = blocks.at(-1);
    const previous = block?.at(-1);
    if (block && previous && text.slice(previous.end, c.start).trim() === '') block.push(c);
    else blocks.push([c]);
  }
  return blocks.map((block) => {
    const first = block[0] as Span;
    const last = block.at(-1) as Span;
    const firstLine = lineOf(starts, first.start);
    const lastLine = lineOf(starts, last.end);
    const where = firstLine === lastLine ? `line ${firstLine + 1}` : `lines ${firstLine + 1}–${lastLine + 1}`;
    const fix: Fix = {
      title: block.length === 1 ? 'Remove the comment' : `Remove the ${block.length} comments`,
      edits: block.map((c) => removal(text, starts, c)),
    };
    return {
      start: first.start,
      end: Math.min(first.end, lineEnd(text, first.start)),
      severity: 'error',
      kind: 'invalid-syntax',
      message: `JSON: comments are not allowed in JSON (${where}), and the AWS CLI rejects the file. Remove ${block.length === 1 ? 'the comment' : 'them'}, or write the file as YAML, which allows \`#\` comments.`,
      fixes: [fix],
      recovered: true,
    };
  });
}

/** Removes a comment: with its line when it stands alone on it, else from the code before it. */
function removal(text: string, starts: number[], comment: Span): TextEdit {
  const line = lineOf(starts, comment.start);
  const lineStart = starts[line] ?? 0;
  const afterEnd = lineOf(starts, comment.end);
  const alone =
    text.slice(lineStart, comment.start).trim() === '' && lineEnd(text, comment.end) === comment.end;
  if (alone) {
    const next = starts[afterEnd + 1];
    return { start: lineStart, end: next ?? text.length, newText: '' };
  }
  let start = comment.start;
  while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: comment.end, newText: '' };
}

/** One problem per run of lines with invisible characters between the tokens. */
function invisibleProblems(text: string, starts: number[], offsets: number[]): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  let rest = offsets;
  if (rest[0] === 0 && text[0] === '\ufeff') {
    problems.push({
      start: 0,
      end: 1,
      severity: 'error',
      kind: 'invalid-syntax',
      message:
        'JSON: the file starts with a byte-order mark (U+FEFF), which the AWS CLI\'s JSON parser rejects ("Unexpected UTF-8 BOM"). Save the file as UTF-8 without a BOM.',
      fixes: [{ title: 'Remove the byte-order mark', edits: [{ start: 0, end: 1, newText: '' }] }],
      recovered: true,
    });
    rest = rest.slice(1);
  }
  for (const run of runsByLine(starts, rest))
    problems.push(
      invisibleProblem(text, run, {
        syntax: 'JSON',
        where: 'space between the tokens',
        consequence:
          'JSON allows only spaces, tabs and line breaks there, so the AWS CLI rejects the file. Replace them with spaces.',
        tabWidth: 2,
        recovered: true,
      }),
    );
  return problems;
}
