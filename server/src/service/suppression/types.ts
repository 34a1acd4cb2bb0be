// What a suppression is, whatever form it is written in: a YAML comment
// (`# elbv2-ls-disable-next-line rule-id -- reason`) or, in a CloudFormation template, a resource's
// `Metadata: { elbv2-ls: { ignore: [rule-id] } }`. Each form turns what it reads into these, and one
// pass (suppress.ts) applies them all. A leaf module: it imports none of its users.
import type { Fix, Range, TextEdit } from '../findings';

/** A rule id as written in a suppression, with where it is written. */
export interface RuleRef extends Range {
  id: string;
}

export interface Suppression {
  /** Where the suppression is written (the directive): findings about it are reported here. */
  start: number;
  end: number;
  /** It silences the findings that start in [scopeStart, scopeEnd). */
  scopeStart: number;
  scopeEnd: number;
  /** Where it applies, for messages: "on the next line", "on this line", "in this file", "in this resource". */
  covers: string;
  /** The rules it names, in the order written; empty when it names none (then it silences every rule). */
  rules: RuleRef[];
  /** True when no rule was named at all, as in `# elbv2-ls-disable-line -- reason`. */
  allRules: boolean;
  /** The reason written after `--`, or undefined. */
  reason: string | undefined;
  /** Whether a missing reason is reported: the comment forms have room for one. */
  reasonExpected: boolean;
  /** The edit that deletes the whole suppression (its comment and, if alone, its line). */
  removal?: TextEdit;
}

/** A comment that looks like a directive but is not one (`# elbv2-ls-disable-nextline`). */
export interface DirectiveProblem extends Range {
  message: string;
  fixes?: Fix[];
}

export interface Directives {
  suppressions: Suppression[];
  problems: DirectiveProblem[];
}
