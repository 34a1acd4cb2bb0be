// The rules about suppressions themselves. Their findings come from the suppression pass the facade
// runs after validation (suppression/suppress.ts), which needs every other rule's findings first; they
// are declared here so that they have ids, severities and a page in docs/rules.md like any rule.
import { guideSource, type Rule } from '../rule';

const README = guideSource(
  'elbv2-ls README',
  'Inline suppression',
  'https://github.com/elbv2-ls/elbv2-ls#inline-suppression',
);

/** Reported by the suppression pass, not by a check of its own. */
const bySuppressionPass = (): void => undefined;

export const suppressionWithoutReason: Rule = {
  id: 'suppression-without-reason',
  severity: 'warning',
  summary: 'A suppression comment says why, after `--`.',
  constraint:
    'A finding silenced without a reason leaves the next reader guessing whether it was checked or hidden; write the reason after `--`, e.g. `# elbv2-ls-disable-line unknown-ssl-policy -- policy created by our account team`.',
  sources: [README],
  scope: 'document',
  fixable: false,
  onlySyntax: 'yaml',
  check: bySuppressionPass,
};

export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  severity: 'warning',
  summary: 'A suppression comment silences a finding that is there.',
  constraint:
    'A suppression that matches no finding (the document was fixed, or the rule id or line is wrong) hides nothing today and would hide a new finding tomorrow; remove it.',
  sources: [README],
  scope: 'document',
  fixable: true,
  onlySyntax: 'yaml',
  check: bySuppressionPass,
};

export const invalidSuppression: Rule = {
  id: 'invalid-suppression',
  severity: 'error',
  summary: 'A suppression comment names known rules with a known directive.',
  constraint:
    'A directive must be `elbv2-ls-disable-next-line`, `elbv2-ls-disable-line` or `elbv2-ls-disable`, and each rule id it names must be one of the rules of docs/rules.md; a misspelt one silences nothing.',
  sources: [README],
  scope: 'document',
  fixable: true,
  onlySyntax: 'yaml',
  check: bySuppressionPass,
};

export const SUPPRESSION_RULES: readonly Rule[] = [
  suppressionWithoutReason,
  unusedSuppression,
  invalidSuppression,
];
