// Checks one document: detects its kind, binds it to the API model, and runs the enabled rules
// (or, after an incremental parse, re-checks only what the edit can have changed).
import { Binding } from '../bind';
import { detectKind, TEMPLATE_KIND, type KindInfo } from '../documentKind';
import type { Finding, Severity } from '../findings';
import { RULES } from '../rules/registry';
import type { ObjectNode, ParsedDocument } from '../syntax/tree';
import { isTemplate, type TemplateParameterValues } from '../template/template';
import { checkTemplate } from './checkTemplate';
import { dropFindingsInBrokenRegions } from './brokenRegions';
import { dropFindingsOnPlaceholders } from './placeholderFindings';
import { recheckResources, type Reuse } from './recheck';
import { runRules, type EnabledRule, type RuleFailure } from './runRules';

export type { Reuse } from './recheck';
export type { RuleFailure } from './runRules';

export type RuleSeverities = Readonly<Record<string, Severity | 'off'>>;

const NO_SEVERITIES: RuleSeverities = {};

/** How templates are checked: the parameter values assumed, and whether findings are kept. */
export interface TemplateCheckOptions {
  parameters?: TemplateParameterValues;
  /** Keep each resource's findings for the next check (template/cache.ts); true unless false. */
  keepFindings?: boolean;
}

export interface ValidationResult {
  kind: KindInfo | undefined;
  binding: Binding;
  findings: Finding[];
  /**
   * What the rules found, before the findings in broken regions and on placeholders are dropped:
   * what an incremental re-check keeps of the resources it does not check again (the regions
   * change with the edit).
   */
  ruleFindings: Finding[];
  /** Rules that threw; their findings are missing from `findings`. */
  failures: RuleFailure[];
}

/**
 * Checks a parsed document. `named` says the user marked the file as ELBv2 (by its name or a
 * configured glob): such a file that fits no kind is reported; any other file is left alone.
 * `reuse` (after an incremental parse) lets the binding and most findings be updated instead.
 */
export function validateDocument(
  document: ParsedDocument,
  named: boolean,
  severities: RuleSeverities = NO_SEVERITIES,
  reuse?: Reuse,
  templates: TemplateCheckOptions = {},
): ValidationResult {
  if (isTemplate(document.root)) return validateTemplate(document, document.root, severities, templates);
  const kind = detectKind(document.root, named);
  const reusable = reuse !== undefined && kind !== undefined && reuse.kind === kind;
  let binding: Binding;
  if (reusable) {
    reuse.binding.applyEdit(reuse.edit);
    binding = reuse.binding;
  } else binding = new Binding(kind ? document.root : undefined, kind?.root ?? '');
  if (!kind && !named) return { kind, binding, findings: [], ruleFindings: [], failures: [] };
  const rules = enabledRules(kind !== undefined, severities);
  const result =
    (reusable && kind && recheckResources(document, kind, binding, rules, reuse)) ||
    runRules(rules, document, kind, binding);
  // Sorted first: the filters keep the order.
  const ruleFindings = sortFindings(result.findings);
  const findings = dropFindingsOnPlaceholders(
    dropFindingsInBrokenRegions(ruleFindings, document, isSyntax),
    binding,
    (f) => isSyntax(f) || f.ruleId === 'placeholder-value',
  );
  return {
    kind,
    binding,
    findings,
    ruleFindings,
    failures: result.failures,
  };
}

/** A CloudFormation template: its ELBv2 resources, checked as the API documents they become. */
function validateTemplate(
  document: ParsedDocument,
  root: ObjectNode,
  severities: RuleSeverities,
  options: TemplateCheckOptions,
): ValidationResult {
  // Short-form tags are a template's own (syntax/cfnTags.ts).
  const problems = document.problems.filter((p) => !p.cloudFormationTag);
  const template = problems.length === document.problems.length ? document : { ...document, problems };
  const result = checkTemplate(
    template,
    root,
    enabledRules(true, severities, true),
    options.parameters,
    options.keepFindings,
  );
  const ruleFindings = sortFindings(result.findings);
  const findings = dropFindingsInBrokenRegions(ruleFindings, template, isSyntax);
  return {
    kind: TEMPLATE_KIND,
    binding: new Binding(undefined, ''),
    findings,
    ruleFindings,
    failures: result.failures,
  };
}

const SYNTAX_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.reportsSyntax).map((r) => r.id));

function isSyntax(f: Finding): boolean {
  return SYNTAX_RULES.has(f.ruleId);
}

/**
 * The enabled rules of each severities object, per case (unknown kind, known kind, template): the
 * same array every check, so that what is derived from it (checkTemplate.ts) is derived once.
 */
const ENABLED = new WeakMap<RuleSeverities, (readonly EnabledRule[] | undefined)[]>();

/** The rules to run, with their severities: on a document of unknown kind, only those that apply. */
function enabledRules(
  kindKnown: boolean,
  severities: RuleSeverities = NO_SEVERITIES,
  template = false,
): readonly EnabledRule[] {
  let cases = ENABLED.get(severities);
  if (!cases) ENABLED.set(severities, (cases = []));
  const index = template ? 2 : kindKnown ? 1 : 0;
  const known = cases[index];
  if (known) return known;
  const rules: EnabledRule[] = [];
  for (const rule of RULES) {
    if (!kindKnown && !rule.runsOnUnknownKind) continue;
    if (rule.templateOnly && !template) continue;
    const severity = severities[rule.id] ?? rule.severity;
    if (severity !== 'off') rules.push({ rule, severity });
  }
  cases[index] = rules;
  return rules;
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
