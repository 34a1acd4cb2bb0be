// Applying quick fixes to a text: what `check --fix` and the fix-output tests do with findings.
import type { Finding, TextEdit } from './findings';

/**
 * The text after one pass of fixes: for each finding in order, its first fix, unless one of that
 * fix's edits touches an edit already taken (then the finding is left for a later pass, as ESLint
 * does). Returns the new text and how many fixes were applied.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const taken: TextEdit[] = [];
  let applied = 0;
  for (const finding of findings) {
    const fix = finding.fixes?.[0];
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => touches(e, t)))) continue;
    for (const e of fix.edits) taken.push(e);
    applied++;
  }
  return { text: applyEdits(text, taken), applied };
}

/** Edits over the same text, applied from the last to the first so that offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Two edits overlap, or insert at the same place (their order would be a guess). */
function touches(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
