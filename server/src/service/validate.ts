// Runs the rules over one document and collects their findings.
import { Binding } from './bind';
import { detectKind, KIND_LIST_TEXT, type KindInfo } from './documentKind';
import type { Finding, Severity } from './findings';
import { RULES } from './rules/registry';
import type { RuleContext } from './rules/rule';
import { listenerScopes, targetGroupScopes } from './scopes';
import type { ParsedDocument } from './syntax/tree';

export type RuleSeverities = Readonly<Record<string, Severity | 'off'>>;

export interface ValidationResult {
  kind: KindInfo | undefined;
  binding: Binding;
  findings: Finding[];
}

const SYNTAX_RULES = new Set([
  'yaml-syntax',
  'json-syntax',
  'duplicate-key',
  'document-too-complex',
  'unknown-document-kind',
]);

/**
 * Checks a parsed document. `named` says the user marked the file as ELBv2 (by its name or a
 * configured glob): such a file that fits no kind is reported; any other file is left alone.
 */
export function validateDocument(
  document: ParsedDocument,
  named: boolean,
  severities: RuleSeverities = {},
): ValidationResult {
  const kind = detectKind(document.root, named);
  const binding = new Binding(kind ? document.root : undefined, kind?.root ?? '');
  if (!kind && !named) return { kind, binding, findings: [] };
  const listeners = kind ? listenerScopes(kind, binding) : [];
  const targetGroups = kind ? targetGroupScopes(kind, binding) : [];
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!kind && !SYNTAX_RULES.has(rule.id)) continue;
    const severity = severities[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    const context: RuleContext = {
      document,
      kind,
      binding,
      listeners,
      targetGroups,
      syntaxProblems: document.problems,
      report(range, message, fixes) {
        const finding: Finding = { ruleId: rule.id, severity, message, start: range.start, end: range.end };
        if (fixes && fixes.length > 0) finding.fixes = fixes;
        findings.push(finding);
      },
    };
    rule.check(context);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { kind, binding, findings };
}

export const KNOWN_KINDS_TEXT = KIND_LIST_TEXT;
