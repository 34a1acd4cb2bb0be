// What a rule is, and what it is given to check a document.
import type { Binding } from '../bind';
import type { KindInfo } from '../documentKind';
import type { Fix, Range, Severity } from '../findings';
import type { DocumentSemantics } from '../semantics/document';
import type { ParsedDocument, SyntaxProblem } from '../syntax/tree';
import type { CheckedTemplate } from '../template/checked';

/** Where the constraint a rule enforces is written down: an API reference page, or a guide's. */
export type RuleSource = ApiSource | GuideSource;

export interface ApiSource {
  /** The API operation or data type of the reference page, e.g. "CreateListener" or "Action". */
  operation: string;
  /** The member whose documentation states the constraint, e.g. "DefaultActions" or "Order". */
  member: string;
  url: string;
}

export interface GuideSource {
  /** The guide, e.g. "Application Load Balancers". */
  guide: string;
  /** The page or section that states the constraint, e.g. "Listener rules". */
  section: string;
  url: string;
}

/**
 * What the rule reads, and so what the incremental re-check may do with it. A `resource` rule
 * only ever reads one listener or target group (and values inside it) and reports inside it: after
 * an edit inside one resource of a describe output it runs again on that resource alone. A
 * `document` rule runs on the whole document after every edit, which is always correct; a new rule
 * starts as `document` until it is reviewed (test/incremental.test.ts compares both on random edits).
 */
export type RuleScope = 'resource' | 'document';

export interface Rule {
  /** Stable, kebab-case; users configure rules by it. */
  id: string;
  severity: Severity;
  /** One line, shown in docs/rules.md. */
  summary: string;
  /** The constraint in our own words (never AWS's sentence). */
  constraint: string;
  sources: RuleSource[];
  scope: RuleScope;
  /** Offers quick fixes (test/ruleMeta.test.ts holds this against the fixtures). */
  fixable: boolean;
  /** Runs on documents of unknown kind too (a file named as ELBv2 that fits no kind): syntax rules. */
  runsOnUnknownKind?: boolean;
  /**
   * Reports the parser's problems. Its findings are kept where the parse failed; every other
   * rule's findings there are dropped (validation/brokenRegions.ts).
   */
  reportsSyntax?: boolean;
  /**
   * Checks a CloudFormation template itself (references, conditions, resource properties): runs
   * on templates only. Every other rule runs on API documents and on the views of a template's
   * ELBv2 resources (validation/checkTemplate.ts).
   */
  templateOnly?: boolean;
  /** Set for rules that can only fire in one syntax (yaml-syntax, json-syntax). */
  onlySyntax?: 'yaml' | 'json';
  check(context: RuleContext): void;
}

export interface RuleContext {
  document: ParsedDocument;
  /** The kind of document; only rules with `runsOnUnknownKind` see documents of unknown kind. */
  kind: KindInfo | undefined;
  binding: Binding;
  /** The listeners and target groups of the document, with what is known about each. */
  semantics: DocumentSemantics;
  syntaxProblems: readonly SyntaxProblem[];
  /** The template being checked, for template rules (undefined for API documents). */
  template?: CheckedTemplate;
  report(range: Range, message: string, fixes?: Fix[]): void;
  /**
   * Reports a finding whose message or fixes are costly to build ("did you mean" searches): past
   * the cap of findings per rule only the count is kept, and `describe` is not called.
   */
  reportLazily(range: Range, describe: () => { message: string; fixes?: Fix[] }): void;
}

export const API_REFERENCE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference';

export function apiSource(operation: string, member: string): ApiSource {
  return { operation, member, url: `${API_REFERENCE}/API_${operation}.html` };
}

/** A page of one of the Elastic Load Balancing user guides. */
export function guideSource(guide: string, section: string, url: string): GuideSource {
  return { guide, section, url };
}

/** "CreateListener – DefaultActions", or "Application Load Balancers – Listener rules". */
export function sourceLabel(source: RuleSource): string {
  return 'operation' in source
    ? `${source.operation} – ${source.member}`
    : `${source.guide} – ${source.section}`;
}
