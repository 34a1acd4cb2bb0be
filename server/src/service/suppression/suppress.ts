// Applies suppressions to a document's findings, after every rule has run, and reports on the
// suppressions themselves: an unknown rule id or directive (invalid-suppression), a missing reason
// (suppression-without-reason) and a suppression that silences nothing (unused-suppression).
import type { Finding, Fix, Severity } from '../findings';
import { closest } from '../suggest';
import type { DirectiveProblem, RuleRef, Suppression } from './types';

export const INVALID_SUPPRESSION = 'invalid-suppression';
export const SUPPRESSION_WITHOUT_REASON = 'suppression-without-reason';
export const UNUSED_SUPPRESSION = 'unused-suppression';
const OWN_RULES = new Set([INVALID_SUPPRESSION, SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION]);

export interface SuppressOptions {
  /** Every rule: what ids a suppression may name, and the default severities of the three above. */
  rules: readonly { id: string; severity: Severity }[];
  severities: Readonly<Record<string, Severity | 'off'>>;
  /** Report suppressions that silence nothing (ESLint's --report-unused-disable-directives). */
  reportUnused: boolean;
}

/** The findings left after the suppressions, with the findings about the suppressions added. */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  problems: readonly DirectiveProblem[],
  options: SuppressOptions,
): Finding[] {
  if (suppressions.length === 0 && problems.length === 0) return [...findings];
  const severityOf = (id: string): Severity | 'off' =>
    options.severities[id] ?? options.rules.find((r) => r.id === id)?.severity ?? 'warning';
  const own: Finding[] = [];
  const report = (
    ruleId: string,
    range: { start: number; end: number },
    message: string,
    fixes?: Fix[],
  ): void => {
    const severity = severityOf(ruleId);
    if (severity === 'off') return;
    own.push({ ruleId, severity, message, start: range.start, end: range.end, ...(fixes ? { fixes } : {}) });
  };
  for (const p of problems) report(INVALID_SUPPRESSION, p, p.message, p.fixes);

  const known = new Set(options.rules.map((r) => r.id).filter((id) => !OWN_RULES.has(id)));
  const active = suppressions.map((s) => ({
    suppression: s,
    rules: validRules(s, known, report),
    used: new Set<string>(),
  }));
  const kept = findings.filter((finding) => {
    let suppressed = false;
    for (const a of active) {
      const s = a.suppression;
      if (finding.start < s.scopeStart || finding.start >= s.scopeEnd) continue;
      if (s.allRules || a.rules.some((r) => r.id === finding.ruleId)) {
        a.used.add(s.allRules ? '*' : finding.ruleId);
        suppressed = true;
      }
    }
    return !suppressed;
  });

  for (const { suppression: s, rules, used } of active) {
    if (s.reasonExpected && s.reason === undefined)
      report(
        SUPPRESSION_WITHOUT_REASON,
        s,
        'This suppression gives no reason. Say why after `--`, e.g. `-- created by another team, see ticket 123`.',
      );
    if (options.reportUnused) reportUnused(s, rules, used, report);
  }
  return [...kept, ...own].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
  );
}

type Report = (ruleId: string, range: { start: number; end: number }, message: string, fixes?: Fix[]) => void;

/** The rule ids of a suppression that name real rules; the others are reported. */
function validRules(s: Suppression, known: ReadonlySet<string>, report: Report): RuleRef[] {
  const valid: RuleRef[] = [];
  for (const ref of s.rules) {
    if (known.has(ref.id)) {
      valid.push(ref);
      continue;
    }
    if (OWN_RULES.has(ref.id)) {
      report(
        INVALID_SUPPRESSION,
        ref,
        `\`${ref.id}\` is about suppressions and cannot be suppressed by one; turn it off in the configuration file (\`rules: { ${ref.id}: off }\`) instead.`,
      );
      continue;
    }
    const suggestion = closest(ref.id, [...known]);
    report(
      INVALID_SUPPRESSION,
      ref,
      `\`${ref.id}\` is not a rule id, so this suppresses nothing for it. Rule ids are listed in docs/rules.md.${
        suggestion ? ` Did you mean \`${suggestion}\`?` : ''
      }`,
      suggestion
        ? [
            {
              title: `Change to \`${suggestion}\``,
              edits: [{ start: ref.start, end: ref.end, newText: suggestion }],
            },
          ]
        : undefined,
    );
  }
  return valid;
}

function reportUnused(
  s: Suppression,
  rules: readonly RuleRef[],
  used: ReadonlySet<string>,
  report: Report,
): void {
  const removeAll = s.removal ? [{ title: 'Remove this suppression', edits: [s.removal] }] : undefined;
  if (s.allRules) {
    if (!used.has('*'))
      report(
        UNUSED_SUPPRESSION,
        s,
        `This suppression silences nothing: no finding ${s.covers}. Remove it.`,
        removeAll,
      );
    return;
  }
  const unused = rules.filter((r) => !used.has(r.id));
  if (unused.length === 0) return;
  if (unused.length === s.rules.length) {
    const ids = unused.map((r) => `\`${r.id}\``).join(', ');
    report(
      UNUSED_SUPPRESSION,
      s,
      `This suppression of ${ids} silences nothing: no such finding ${s.covers}. Remove it.`,
      removeAll,
    );
    return;
  }
  for (const ref of unused) {
    const index = s.rules.indexOf(ref);
    const next = s.rules[index + 1];
    const previous = s.rules[index - 1];
    const edit = next
      ? { start: ref.start, end: next.start, newText: '' }
      : previous
        ? { start: previous.end, end: ref.end, newText: '' }
        : undefined;
    report(
      UNUSED_SUPPRESSION,
      ref,
      `\`${ref.id}\` is suppressed here, but no \`${ref.id}\` finding ${s.covers}. Remove it from the list.`,
      edit ? [{ title: `Remove \`${ref.id}\` from this suppression`, edits: [edit] }] : undefined,
    );
  }
}
