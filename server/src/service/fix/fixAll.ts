// `--fix`: applies the quick fixes of a document's findings, pass after pass until nothing changes.
// A finding's fix is applied when it is the only one the finding offers (with several, choosing is
// the user's job). Fixes whose edits overlap one already taken wait for the next pass, when the
// findings are computed again on the new text. A document with syntax errors is left alone, and a
// pass that would make one is dropped.
import type { Finding, Fix, TextEdit } from '../findings';
import type { ParsedDocument } from '../syntax/tree';

export const MAX_FIX_PASSES = 10;

export interface Checked {
  document: ParsedDocument;
  findings: Finding[];
}

export interface FixAllResult<A extends Checked> {
  /** The fixed text (the input text when nothing was fixed). */
  text: string;
  /** The analysis of `text`. */
  analysis: A;
  /** How many fixes were applied, over all passes. */
  fixed: number;
  /** Set when the text was left alone because it has syntax errors. */
  refused?: 'syntax-errors';
}

export function fixAll<A extends Checked>(
  text: string,
  check: (text: string) => A,
  include: (finding: Finding) => boolean = () => true,
  maxPasses = MAX_FIX_PASSES,
): FixAllResult<A> {
  let analysis = check(text);
  if (hasSyntaxErrors(analysis.document)) return { text, analysis, fixed: 0, refused: 'syntax-errors' };
  let fixed = 0;
  const seen = new Set([text]);
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = chooseFixes(analysis.findings.filter(include));
    if (fixes.length === 0) break;
    const next = applyEdits(
      text,
      fixes.flatMap((f) => f.edits),
    );
    // A fix that undoes another would go round forever; one that breaks the syntax is not safe.
    if (seen.has(next)) break;
    const nextAnalysis = check(next);
    if (hasSyntaxErrors(nextAnalysis.document)) break;
    seen.add(next);
    text = next;
    analysis = nextAnalysis;
    fixed += fixes.length;
  }
  return { text, analysis, fixed };
}

export function hasSyntaxErrors(document: ParsedDocument): boolean {
  return document.problems.some((p) => p.severity === 'error');
}

/** The one fix of each finding that has exactly one, leaving out those that overlap a fix taken. */
export function chooseFixes(findings: readonly Finding[]): Fix[] {
  const taken: TextEdit[] = [];
  const chosen: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.length === 1 ? finding.fixes[0] : undefined;
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => i !== j && overlaps(e, o)))) continue;
    taken.push(...fix.edits);
    chosen.push(fix);
  }
  return chosen;
}

/** Two edits touch the same text, or insert at the same place (their order would be a guess). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

/** Applies non-overlapping edits (offsets into the original text). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}
