// What a rule is, and what it is given to check a document.
import type { Binding } from '../bind';
import type { KindInfo } from '../documentKind';
import type { Finding, Fix, Range, Severity } from '../findings';
import type { ListenerScope, TargetGroupScope } from '../scopes';
import type { ParsedDocument, SyntaxProblem } from '../syntax/tree';

/** Where the constraint a rule enforces is written down. */
export interface RuleSource {
  /** The API operation or data type of the reference page, e.g. "CreateListener" or "Action". */
  operation: string;
  /** The member whose documentation states the constraint, e.g. "DefaultActions" or "Order". */
  member: string;
  url: string;
}

export interface Rule {
  /** Stable, kebab-case; users configure rules by it. */
  id: string;
  severity: Severity;
  /** One line, shown in docs/rules.md. */
  summary: string;
  /** The constraint in our own words (never AWS's sentence). */
  constraint: string;
  sources: RuleSource[];
  /** Set for rules that can only fire in one syntax (yaml-syntax, json-syntax). */
  onlySyntax?: 'yaml' | 'json';
  check(context: RuleContext): void;
}

export interface RuleContext {
  document: ParsedDocument;
  /** The kind of document; rules only run on documents whose kind is known, except syntax rules. */
  kind: KindInfo | undefined;
  binding: Binding;
  listeners: readonly ListenerScope[];
  targetGroups: readonly TargetGroupScope[];
  syntaxProblems: readonly SyntaxProblem[];
  report(range: Range, message: string, fixes?: Fix[]): void;
  /**
   * Reports a finding whose message or fixes are costly to build ("did you mean" searches): past
   * the cap of findings per rule only the count is kept, and `describe` is not called.
   */
  reportLazily(range: Range, describe: () => { message: string; fixes?: Fix[] }): void;
}

export type Reporter = (finding: Finding) => void;

export const API_REFERENCE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference';

export function apiSource(operation: string, member: string): RuleSource {
  return { operation, member, url: `${API_REFERENCE}/API_${operation}.html` };
}
