// Runs rules over a document (or over the part of it a binding view holds), each in its own
// guard: a rule that throws loses its own findings, never the others'.
import type { Binding } from '../bind';
import type { KindInfo } from '../documentKind';
import type { Finding, Range, Severity } from '../findings';
import type { Rule, RuleContext } from '../rules/rule';
import { DocumentSemantics, type SemanticsOptions } from '../semantics/document';
import type { CheckedTemplate } from '../template/checked';
import { MAX_FINDINGS_PER_RULE } from '../syntax/limits';
import type { ParsedDocument } from '../syntax/tree';
import { buildFinding, droppedFindings, onCodePoints } from './findingText';

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
}

/** A rule that threw while checking a document. */
export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface RunResult {
  findings: Finding[];
  failures: RuleFailure[];
}

/** What a template check adds: facts across its resources, and the template itself. */
export interface RunOptions {
  semantics?: SemanticsOptions;
  template?: CheckedTemplate;
}

/**
 * Runs `rules` in order and appends what they find to `findings`. The rules share one context,
 * whose `report` files each finding under the rule running: a template check runs ~100 rules on
 * each of a dozen groups of views, and a context (with its closures) per rule and run was the
 * largest allocation of the whole check.
 */
export function runRules(
  rules: readonly EnabledRule[],
  document: ParsedDocument,
  kind: KindInfo | undefined,
  binding: Binding,
  findings: Finding[] = [],
  options: RunOptions = {},
): RunResult {
  const semantics = new DocumentSemantics(kind, binding, options.semantics);
  const failures: RuleFailure[] = [];
  // The rule running now, and what it has reported.
  let ruleId = '';
  let severity: Severity = 'error';
  let reported = 0;
  let firstDropped: Range | undefined;
  // Counts the finding; true when it is listed, false past the cap.
  const listed = (range: Range): boolean => {
    if (++reported <= MAX_FINDINGS_PER_RULE) return true;
    firstDropped ??= onCodePoints(document.text, range);
    return false;
  };
  const context: RuleContext = {
    document,
    kind,
    binding,
    semantics,
    syntaxProblems: document.problems,
    report(range, message, fixes) {
      if (listed(range)) findings.push(buildFinding(document.text, ruleId, severity, range, message, fixes));
    },
    reportLazily(range, describe) {
      if (!listed(range)) return;
      const { message, fixes } = describe();
      findings.push(buildFinding(document.text, ruleId, severity, range, message, fixes));
    },
  };
  if (options.template) context.template = options.template;
  for (const enabled of rules) {
    const before = findings.length;
    ruleId = enabled.rule.id;
    severity = enabled.severity;
    reported = 0;
    firstDropped = undefined;
    try {
      enabled.rule.check(context);
    } catch (error) {
      findings.length = before; // what the rule found before it threw is not trusted either
      failures.push({ ruleId, error });
      continue;
    }
    if (firstDropped)
      findings.push(droppedFindings(ruleId, severity, reported - MAX_FINDINGS_PER_RULE, firstDropped));
  }
  return { findings, failures };
}
