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

/** Runs `rules` in order and appends what they find to `findings`. */
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
  for (const { rule, severity } of rules) {
    const before = findings.length;
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
      ...(options.template ? { template: options.template } : {}),
      report(range, message, fixes) {
        if (listed(range))
          findings.push(buildFinding(document.text, rule.id, severity, range, message, fixes));
      },
      reportLazily(range, describe) {
        if (!listed(range)) return;
        const { message, fixes } = describe();
        findings.push(buildFinding(document.text, rule.id, severity, range, message, fixes));
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      findings.length = before; // what the rule found before it threw is not trusted either
      failures.push({ ruleId: rule.id, error });
      continue;
    }
    if (firstDropped)
      findings.push(droppedFindings(rule.id, severity, reported - MAX_FINDINGS_PER_RULE, firstDropped));
  }
  return { findings, failures };
}
