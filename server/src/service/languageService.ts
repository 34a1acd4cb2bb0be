// The language service facade: the one entry point the LSP server and the CLI call.
// It imports no transport; adapters convert its offsets to positions at the edge.
import type { Analysis, DocumentInput, RuleFailureReport } from './analysis';
import { complete } from './completion/complete';
import type { CompletionEntry } from './completion/completionEntry';
import type { Finding, Fix } from './findings';
import { fixAll, type FixAllResult } from './fix/fixAll';
import { hover, type HoverInfo } from './hover';
import { definition, references, type NameRange } from './navigation';
import { RULES } from './rules/registry';
import { disableFixes, suppressFindings } from './suppression';
import { templateIgnoreLists } from './template/metadata';
import type { TemplateParameterValues } from './template/template';
import { documentSymbols, type SymbolEntry } from './symbols';
import { isEditableJson, reparseJson } from './syntax/incrementalJson';
import { reparseYaml, type IncrementalParse } from './syntax/incrementalYaml';
import { parse, syntaxOf } from './syntax/parse';
import { reparseScalarEdit } from './syntax/scalarEdit';
import type { ParsedDocument, Syntax } from './syntax/tree';
import { validateDocument, type RuleSeverities } from './validation/validate';

export type { Analysis, DocumentInput, RuleFailureReport } from './analysis';
export type { Finding, Fix, Severity, TextEdit } from './findings';
export type { Syntax } from './syntax/tree';
export type { RuleSeverities } from './validation/validate';
export type { CompletionEntry } from './completion/completionEntry';
export type { HoverInfo } from './hover';
export type { NameRange } from './navigation';
export type { SymbolEntry } from './symbols';
export type { TemplateParameterValue, TemplateParameterValues } from './template/template';
export type { FixAllResult } from './fix/fixAll';
export { RULES } from './rules/registry';
export { syntaxOf } from './syntax/parse';
export { sniffSyntax } from './syntax/sniff';
export { closest } from './suggest';
export { applyEdits } from './fix/fixAll';
export { encodingProblem } from './textEncoding';
export { mayBeElbv2, sniffDocument } from './sniff';
export { isElbv2FileName } from './fileName';

/** What `check` returns. */
export type CheckResult = Analysis;

export interface LanguageServiceOptions {
  severities?: RuleSeverities;
  /**
   * Told of every rule that throws while checking a document (its findings are left out, the
   * other rules' are kept); adapters log it. The service itself writes nothing.
   */
  onRuleFailure?: (failure: RuleFailureReport) => void;
  /**
   * Report suppressions that silence nothing (`unused-suppression`); true unless set to false.
   * The CLI's text format turns it off unless --report-unused-disable-directives is given.
   */
  reportUnusedSuppressions?: boolean;
  /**
   * CloudFormation parameter values to assume where a template refers to a parameter (from the
   * configuration file's `parameters`): each is the parameter's only value, in place of its
   * AllowedValues and Default. A list value leaves the parameter unknown.
   */
  templateParameters?: TemplateParameterValues;
  /**
   * Keep each template resource's findings for the next check of the same template, so that a
   * keystroke re-checks only what it can have changed (template/cache.ts); true unless set to false.
   * A caller that checks each document once (the CLI) saves the keys and copies by turning it off.
   */
  keepTemplateFindings?: boolean;
}

export interface LanguageService {
  /**
   * Parses and checks a document. `previous`, the analysis of an earlier version of the same
   * document, lets a small edit be parsed and bound incrementally; it is spent by the call (its
   * tree may now be the new one's) and must not be used afterwards.
   */
  check(input: DocumentInput, previous?: Analysis): Analysis;
  /**
   * Member names or values that fit at the offset; works on half-typed documents. `analysis`, the
   * current analysis of the same text, spares parsing the document again.
   */
  complete(input: DocumentInput, offset: number, analysis?: Analysis): CompletionEntry[];
  /** The documentation of the member or value at the offset. */
  hover(analysis: Analysis, offset: number): HoverInfo | undefined;
  /** An outline of the listeners, actions and target groups; a template's ELBv2 resources. */
  symbols(analysis: Analysis): SymbolEntry[];
  /** Where the template name at the offset (a logical ID, condition or mapping) is declared. */
  definition(analysis: Analysis, offset: number): NameRange[];
  /** Every use of the template name at the offset, and its declaration if `includeDeclaration`. */
  references(analysis: Analysis, offset: number, includeDeclaration: boolean): NameRange[];
  /**
   * Applies the findings' quick fixes until none is left (`--fix`), never to a document with
   * syntax errors. Suppressed findings are not fixed; `include` narrows the findings further.
   */
  fixAll(input: DocumentInput, include?: (finding: Finding) => boolean): FixAllResult<Analysis>;
  /** "Disable <rule> for this line / file": the suppression comments that silence a finding (YAML only). */
  suppressionFixes(analysis: Analysis, finding: Finding): Fix[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  /**
   * The last version of a JSON document that the incremental path can start from (a clean one, or
   * a broken one it made near the end of a list), kept for later versions that took a full parse
   * (keyed by the broken version's tree). Typing a new item passes through texts that are not
   * JSON (`},` then `}, {"Port`); the edit since the kept version is one incremental reparse of
   * that version's tree, which no full parse since has touched.
   */
  const cleanJson = new WeakMap<ParsedDocument, Analysis>();
  const check = (input: DocumentInput, previous?: Analysis): Analysis => {
    const json =
      previous && input.syntax === 'json'
        ? reparseJsonFrom(cleanJson.get(previous.document) ?? previous, input.text)
        : undefined;
    const scalar =
      !json && previous && scalarEditApplies(previous, input)
        ? reparseScalar(previous, input.text)
        : undefined;
    const yaml =
      !json && !scalar && previous && input.syntax === 'yaml' ? reparse(previous, input.text) : undefined;
    const incremental = json ?? (yaml && previous && { parse: yaml, base: previous });
    const document = incremental?.parse.document ?? scalar ?? parse(input.text, input.syntax);
    // A list edit lets the binding and the findings of the other resources be kept.
    const edit = incremental?.parse.edit;
    const reuse = incremental &&
      edit && { ...incremental.base, findings: incremental.base.ruleFindings, edit };
    const { kind, binding, findings, ruleFindings, failures } = validateDocument(
      document,
      input.named,
      options.severities,
      reuse,
      { parameters: options.templateParameters, keepFindings: options.keepTemplateFindings },
    );
    for (const { ruleId, error } of failures)
      options.onRuleFailure?.({ ruleId, document: input.name ?? '<unnamed document>', error });
    // Unknown files stay silent, suppression comments or not.
    const suppressed =
      !kind && !input.named
        ? findings
        : suppressFindings(document, findings, {
            rules: RULES,
            severities: options.severities ?? {},
            reportUnused: options.reportUnusedSuppressions ?? true,
            // Only a template that names elbv2-ls can hold a Metadata ignore list.
            ignoreLists:
              kind?.kind === 'cloudformation-template' && input.text.includes('elbv2-ls')
                ? templateIgnoreLists(document)
                : [],
          });
    const analysis = { document, kind, binding, findings: suppressed, ruleFindings };
    if (previous && !incremental && !scalar && input.syntax === 'json') {
      // A version whose tree no path has spent (a failed reparse leaves it unusable).
      const clean = cleanJson.get(previous.document) ?? previous;
      if (!isEditableJson(document) && isEditableJson(clean.document) && !isTemplateAnalysis(clean))
        cleanJson.set(document, clean);
    }
    return analysis;
  };
  return {
    check,
    complete: (input, offset, analysis) =>
      complete(input.text, input.syntax, offset, input.named, analysis?.document),
    hover,
    symbols: documentSymbols,
    definition,
    references,
    fixAll: (input, include) => fixAll(input.text, (text) => check({ ...input, text }), include),
    suppressionFixes: (analysis, finding) => disableFixes(analysis.document, finding),
  };
}

/**
 * A keystroke inside one scalar of a template or a JSON document updates the previous tree
 * (syntax/scalarEdit.ts). Request and describe documents keep the list-item paths first (YAML's
 * alone, JSON's before this one), whose re-check is incremental too.
 */
function scalarEditApplies(previous: Analysis, input: DocumentInput): boolean {
  return (
    previous.document.syntax === input.syntax &&
    (input.syntax === 'json' || previous.kind?.kind === 'cloudformation-template')
  );
}

function reparseScalar(previous: Analysis, text: string): ParsedDocument | undefined {
  try {
    return reparseScalarEdit(previous.document, text);
  } catch {
    return undefined; // a full parse follows
  }
}

/** An incremental parse and the analysis whose tree it reused (its binding and findings follow). */
interface Reparsed {
  parse: IncrementalParse;
  base: Analysis;
}

function isTemplateAnalysis(analysis: Analysis): boolean {
  return analysis.kind?.kind === 'cloudformation-template';
}

/**
 * The items of a JSON API document's top-level list reparsed (syntax/incrementalJson.ts); a
 * template takes the scalar path, whose kept findings are per resource.
 */
function reparseJsonFrom(base: Analysis, text: string): Reparsed | undefined {
  if (isTemplateAnalysis(base)) return undefined;
  try {
    const parsed = reparseJson(base.document, text);
    return parsed && { parse: parsed, base };
  } catch {
    return undefined; // a full parse follows; it does not read the previous tree
  }
}

/** An incremental YAML parse of the new text from the previous analysis, when the edit allows one. */
function reparse(previous: Analysis, text: string): IncrementalParse | undefined {
  try {
    return reparseYaml(previous.document, text);
  } catch {
    return undefined; // a full parse follows; it does not read the previous tree
  }
}

/** The log line of a rule that threw: the rule, the document and the error with its stack. */
export function ruleFailureMessage(failure: RuleFailureReport): string {
  const { error } = failure;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `elbv2-ls: rule ${failure.ruleId} failed on ${failure.document}; its findings are left out, the other rules' are kept: ${detail}`;
}

/** The syntax of a path, with YAML as the fallback for names that say neither. */
export function syntaxOfPath(path: string): Syntax {
  return syntaxOf(path) ?? 'yaml';
}
