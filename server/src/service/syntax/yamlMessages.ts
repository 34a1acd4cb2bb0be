// The YAML problems that both readers of YAML text report in the same words: the full parse
// (parseYaml.ts, through the yaml package) and the quick reader of the common subset
// (quickYaml.ts). One place, so that the two cannot say the same thing differently.
import type { SyntaxProblem } from './tree';

/** A CloudFormation short form (`!Ref`): right in a template, meaningless to the AWS CLI. */
export function cloudFormationTagProblem(start: number, end: number, tag: string): SyntaxProblem {
  return {
    start,
    end,
    severity: 'error',
    kind: 'invalid-syntax',
    recovered: true,
    cloudFormationTag: true,
    message: `YAML: \`${tag}\` is a CloudFormation short form, which only a CloudFormation template takes; the AWS CLI does not resolve it, and reads the value as written.`,
  };
}

/** A plain scalar (or key) the AWS CLI's YAML loader fails on (cliScalars.ts says why). */
export function unreadableProblem(start: number, end: number, reason: string): SyntaxProblem {
  return {
    start,
    end,
    severity: 'error',
    kind: 'invalid-syntax',
    message: `The AWS CLI cannot load this file: ${reason}. Quote the value to make it a string.`,
  };
}
