// One syntax defect, one finding. After a stray quote or bracket the parsers report every later
// token as unexpected: a YAML parser that has left the document ("… token in YAML stream"), a JSON
// scanner whose strings are now out of step. What a first error explains is dropped, at most one
// error per line is kept, the same complaint on the following lines is said once, and past a
// handful the rest are counted in one more problem.
import { lineOf, lineStarts } from './lineStarts';
import type { SyntaxProblem } from './tree';

/** Parser errors listed per document; the ones after them are counted, not listed. */
export const MAX_PARSER_ERRORS = 5;

/**
 * The parser's problems to report, in document order. `followsFrom(problem, earlier)` says the
 * problem means nothing after the errors already kept (the parser lost its place at one of them).
 */
export function boundParserErrors(
  text: string,
  problems: readonly SyntaxProblem[],
  followsFrom: (problem: SyntaxProblem, earlier: readonly SyntaxProblem[]) => boolean,
): SyntaxProblem[] {
  const sorted = [...problems].sort((a, b) => a.start - b.start);
  const kept: SyntaxProblem[] = [];
  const lines = new Set<number>();
  let starts: number[] | undefined; // found once: a scan per error is quadratic on a long line
  let dropped = 0;
  let firstDropped: SyntaxProblem | undefined;
  let previous: { message: string; line: number } | undefined;
  for (const problem of sorted) {
    if (kept.length > 0 && followsFrom(problem, kept)) continue;
    const line = lineOf((starts ??= lineStarts(text)), problem.start);
    if (lines.has(line)) continue;
    lines.add(line);
    // The same complaint on the next line again: one broken line read into the lines after it.
    const repeated = previous?.message === problem.message && previous.line === line - 1;
    previous = { message: problem.message, line };
    if (repeated) continue;
    if (kept.length < MAX_PARSER_ERRORS) kept.push(problem);
    else {
      dropped++;
      firstDropped ??= problem;
    }
  }
  if (firstDropped)
    kept.push({
      ...firstDropped,
      message: `${dropped} more syntax ${dropped === 1 ? 'error follows' : 'errors follow'} from here, not listed: they are often consequences of the ones above. Fix those first.`,
    });
  return kept;
}
