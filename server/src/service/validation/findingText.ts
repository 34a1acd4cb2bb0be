// What every finding goes through before it is listed: ranges widened to whole code points, and
// messages and fix titles kept short however long the text they quote.
import type { Finding, Fix, Range, Severity } from '../findings';
import { MAX_FINDINGS_PER_RULE } from '../syntax/limits';

/** A range widened to whole code points: a parser's one-unit range may end inside an emoji. */
export function onCodePoints(text: string, range: Range): Range {
  const splits = (offset: number): boolean =>
    /[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? '');
  return {
    start: splits(range.start) ? range.start - 1 : range.start,
    end: splits(range.end) ? range.end + 1 : range.end,
  };
}

/** Messages and fix titles quote the user's text, which may be megabytes long; they stay short. */
const MAX_TEXT = 1000;
const MAX_QUOTE = 80;

export function shortened(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  // Each long `quote` keeps its first characters; a scan, since a regex overflows on megabytes.
  let out = '';
  let from = 0;
  while (out.length < MAX_TEXT) {
    const open = text.indexOf('`', from);
    const close = open < 0 ? -1 : text.indexOf('`', open + 1);
    if (close < 0) break;
    const quote = text.slice(open + 1, close);
    out += `${text.slice(from, open)}\`${quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote}\``;
    from = close + 1;
  }
  if (out.length < MAX_TEXT) out += text.slice(from, from + MAX_TEXT);
  return out.length <= MAX_TEXT ? out : `${out.slice(0, MAX_TEXT - 1)}…`;
}

/** A finding as listed: on whole code points, with short texts. */
export function buildFinding(
  text: string,
  ruleId: string,
  severity: Severity,
  range: Range,
  message: string,
  fixes: Fix[] | undefined,
): Finding {
  const finding: Finding = { ruleId, severity, message: shortened(message), ...onCodePoints(text, range) };
  if (fixes && fixes.length > 0) finding.fixes = fixes.map((f) => ({ ...f, title: shortened(f.title) }));
  return finding;
}

/** Says, where the first of them would have been, how many findings of a rule were not listed. */
export function droppedFindings(ruleId: string, severity: Severity, count: number, at: Range): Finding {
  const limit = MAX_FINDINGS_PER_RULE.toLocaleString('en-US');
  return {
    ruleId,
    severity,
    message: `${count.toLocaleString('en-US')} more ${ruleId} findings in this document are not listed (at most ${limit} per rule and document); the first of them is here. Fix the ones listed, or split the file.`,
    ...at,
  };
}

/** True when a rule reached the cap of findings per document (its list is then cut short). */
export function atCap(findings: readonly Finding[]): boolean {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const n = (counts.get(f.ruleId) ?? 0) + 1;
    if (n > MAX_FINDINGS_PER_RULE) return true;
    counts.set(f.ruleId, n);
  }
  return false;
}
