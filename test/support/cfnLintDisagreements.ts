// The cfn-lint errors in ELBv2 resources that elbv2-ls rightly does not report, each reviewed.
// test/cfnLintDiff.test.ts accepts exactly these (and fails on an entry that no longer matches a
// cfn-lint error), and docs/rules.md's "Where cfn-lint and elbv2-ls disagree" is generated from
// them (scripts/rulesDoc.ts), so the page and the test cannot drift apart.

export interface CfnLintDisagreement {
  /** `corpus/…` for ../shared/corpus, `test/fixtures/…` for the project's own fixtures. */
  file: string;
  /** cfn-lint's rule id, e.g. `E1041`. */
  ruleId: string;
  /** 1-based line cfn-lint reports. */
  line: number;
  /**
   * `cfn-lint-wrong`: the template is right there, and CloudFormation and ELBv2 accept it.
   * `not-elbv2`: the error is real, but about something other than ELBv2 (another service's
   * resource, or the template outside the ELBv2 resources), which elbv2-ls leaves to others.
   */
  verdict: 'cfn-lint-wrong' | 'not-elbv2';
  /** One line: why. */
  reason: string;
}

export const CFN_LINT_DISAGREEMENTS: readonly CfnLintDisagreement[] = [
  {
    file: 'corpus/cfn-lint/fixtures/templates/good/resources/elb/properties.yaml',
    ruleId: 'E1159',
    line: 100,
    verdict: 'cfn-lint-wrong',
    reason:
      'a listener certificate may be an IAM server certificate (`arn:aws:iam::…:server-certificate/…`), ' +
      'not only an ACM one: the ELB user guide names both, and the API takes either ARN',
  },
  {
    file: 'corpus/cfn-lint/fixtures/templates/good/functions/findinmap_keys.yaml',
    ruleId: 'E7001',
    line: 4,
    verdict: 'cfn-lint-wrong',
    reason:
      'the mapping key `2` is a YAML integer, which CloudFormation reads as the string "2", and that ' +
      "matches the key pattern; cfn-lint's own fixture holds it valid",
  },
];
