// Checks a CloudFormation template: the template rules on the template itself, then every other
// rule on each ELBv2 resource, in each of its scenarios, as the API document its properties
// become (template/views.ts). Findings keep the template's offsets; one that several scenarios
// share is said once, and one caused by a parameter or mapping value names it.
import { Binding } from '../bind';
import { TEMPLATE_KIND } from '../documentKind';
import type { Finding } from '../findings';
import { targetGroupAttributeOwner, type AttributeOwner } from '../semantics/attributes';
import type { SemanticsOptions } from '../semantics/document';
import { loadBalancerFacts } from '../semantics/loadBalancer';
import { ruleFacts } from '../semantics/rule';
import { targetGroupFacts } from '../semantics/targetGroup';
import { keyRangeOf, propertyValue, type Node, type ObjectNode, type ParsedDocument } from '../syntax/tree';
import type { TemplateParameterValues, TemplateResource } from '../template/template';
import type { View } from '../template/views';
import { TemplateFindingsCache, type ResourceResult } from '../template/cache';
import { CheckedTemplate, type ResourcePart } from '../template/checked';
import type { ResourceView, ScenarioLinks } from '../template/links';
import type { Scenario } from '../template/scenarios';
import { runRules, type EnabledRule, type RunResult } from './runRules';

/** Rules that judge a document as a whole file, not a resource's properties. */
export const NOT_ON_VIEWS: ReadonlySet<string> = new Set([
  'unknown-document-kind',
  'placeholder-value',
  // Speaks of the AWS CLI's command-line options; CloudFormation has none.
  'missing-identifying-member',
  // Property names and required properties are the resource schema's (template-unknown-property,
  // template-required-property): CloudFormation's names and requirements, not the API call's.
  'unknown-member',
  'missing-required-member',
]);

export function checkTemplate(
  document: ParsedDocument,
  root: ObjectNode,
  rules: readonly EnabledRule[],
  assumed: TemplateParameterValues = {},
  keepFindings = true,
): RunResult {
  const checked = new CheckedTemplate(root, assumed);
  const { whole, perResource, onViews, key } = ruleSetsOf(rules);
  // The syntax rules and the rules that compare resources run on the whole template every time.
  const result = runRules(whole, document, TEMPLATE_KIND, new Binding(undefined, ''), [], {
    template: checked,
    semantics: { rules: checked.listenerRulePriorities() },
  });
  const seen = new Set<string>();
  for (const f of result.findings) seen.add(findingKey(f));
  // Resources whose findings are kept from the last check of this template (template/cache.ts)
  // are not checked again, by the template rules or on their views.
  const cache = keepFindings
    ? new TemplateFindingsCache(
        document.text,
        checked.template,
        // The names a template rule may suggest ("did you mean") are every resource's too.
        `${key}\u0000${JSON.stringify(assumed)}\u0000${[...checked.template.resources.keys()].join(',')}`,
      )
    : undefined;
  const kept = new Map<TemplateResource, ResourceResult>();
  for (const resource of checked.resources) {
    const hit = cache?.lookup(resource);
    if (hit) kept.set(resource, hit);
  }
  const toCheck = checked.resources.filter((r) => !kept.has(r));
  const templateRun = runRules(perResource, document, TEMPLATE_KIND, new Binding(undefined, ''), [], {
    template: checked.restrictedTo(toCheck),
  });
  for (const failure of templateRun.failures)
    if (!result.failures.some((f) => f.ruleId === failure.ruleId)) result.failures.push(failure);
  // A template rule's finding outside every resource (in Conditions, say) is said as it is, and
  // nothing is kept this time: a kept resource would not say it again.
  const byResource = new Map<TemplateResource, Finding[]>();
  const sortedResources = [...toCheck].sort((a, b) => a.property.start - b.property.start);
  let outside = false;
  for (const f of templateRun.findings) {
    const resource = holding(sortedResources, (r) => r, f.start);
    if (resource && f.end <= resource.property.end)
      byResource.set(resource, [...(byResource.get(resource) ?? []), f]);
    else {
      outside = true;
      if (!seen.has(findingKey(f))) {
        seen.add(findingKey(f));
        result.findings.push(f);
      }
    }
  }
  // Each resource's properties and its attribute list have scenarios of their own (checked.ts).
  const scenarios = new Map(toCheck.map((r) => [r, PARTS.map((part) => checked.scenariosOf(r, part))]));
  // Findings per resource, part and scenario. The views of one kind in one scenario slot are
  // checked together: the rules run once over all of them, not once per resource.
  const found = new Map<TemplateResource, Finding[][][]>();
  const failed = new Map<TemplateResource, RunResult['failures']>();
  for (const group of viewGroups(toCheck, scenarios)) {
    const run = checkViews(document, group, onViews, checked);
    for (const failure of run.failures) {
      for (const item of group) failed.set(item.resource, [...(failed.get(item.resource) ?? []), failure]);
      if (!result.failures.some((f) => f.ruleId === failure.ruleId)) result.failures.push(failure);
    }
    for (const [item, findings] of run.byItem) {
      const parts = found.get(item.resource) ?? [];
      const lists = (parts[item.part] ??= []);
      const list = (lists[item.slot] ??= []);
      for (const f of findings) list.push(f);
      found.set(item.resource, parts);
    }
  }
  for (const resource of checked.resources) {
    const own = kept.get(resource) ?? {
      findings: [
        ...(byResource.get(resource) ?? []),
        ...(scenarios.get(resource) ?? []).flatMap((links, part) =>
          resourceFindings(
            links.map((l) => l.scenario),
            found.get(resource)?.[part] ?? [],
          ),
        ),
      ],
      failures: [...templateRun.failures, ...(failed.get(resource) ?? [])],
    };
    if (!kept.has(resource) && !outside) cache?.store(resource, own);
    for (const failure of own.failures)
      if (!result.failures.some((f) => f.ruleId === failure.ruleId)) result.failures.push(failure);
    for (const f of own.findings) {
      const key = findingKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      result.findings.push(f);
    }
  }
  return result;
}

/**
 * A resource's findings over its scenarios, each once; one that only some scenarios bring says
 * when ("when parameter `Proto` is `HTTPS`").
 */
function resourceFindings(every: readonly Scenario[], lists: readonly (Finding[] | undefined)[]): Finding[] {
  const where = new Map<string, Scenario[]>();
  lists.forEach((list, i) => {
    const scenario = every[i];
    if (scenario && list)
      for (const key of new Set(list.map(findingKey))) where.set(key, [...(where.get(key) ?? []), scenario]);
  });
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const list of lists)
    for (const f of list ?? []) {
      const key = findingKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      const some = where.get(key) ?? [];
      const when =
        some.length < every.length && !f.message.endsWith(')') ? describeCases(some, every) : undefined;
      out.push(when ? { ...f, message: `${f.message} (when ${when})` } : f);
    }
  return out;
}

/** Where each enabled rule runs in a template, and what a kept finding depends on of them. */
interface RuleSets {
  /** The syntax rules and the rules that compare resources: on the whole template every time. */
  whole: readonly EnabledRule[];
  /** The template rules: on the resources checked again. */
  perResource: readonly EnabledRule[];
  /** Every other rule: on the views of the resources checked again. */
  onViews: readonly EnabledRule[];
  /** The rules and their severities that a kept finding depends on. */
  key: string;
}

/** By list of enabled rules (validate.ts gives the same list to every check with the same settings). */
const RULE_SETS = new WeakMap<readonly EnabledRule[], RuleSets>();

function ruleSetsOf(rules: readonly EnabledRule[]): RuleSets {
  const known = RULE_SETS.get(rules);
  if (known) return known;
  const perResource = rules.filter(({ rule }) => rule.templateOnly);
  const onViews = rules.filter(
    ({ rule }) =>
      !rule.reportsSyntax &&
      !rule.templateOnly &&
      !NOT_ON_VIEWS.has(rule.id) &&
      !ACROSS_RESOURCES.has(rule.id),
  );
  const sets: RuleSets = {
    whole: rules.filter(({ rule }) => rule.reportsSyntax || ACROSS_RESOURCES.has(rule.id)),
    perResource,
    onViews,
    key: [...perResource, ...onViews].map(({ rule, severity }) => `${rule.id}:${severity}`).join(','),
  };
  RULE_SETS.set(rules, sets);
  return sets;
}

/** The parts of a resource checked with scenarios of their own, by index. */
const PARTS: readonly ResourcePart[] = ['properties', 'attributes'];

/**
 * A view of a resource in one of its scenarios: `part`, the index in PARTS of the part it shows
 * (its properties, or its attribute list), and `slot`, the index of the scenario among that part's.
 */
interface ViewItem extends ResourceView {
  links: ScenarioLinks;
  part: number;
  slot: number;
}

/** The views of every resource, grouped by part, scenario slot and document kind. */
function viewGroups(
  resources: readonly TemplateResource[],
  scenarios: ReadonlyMap<TemplateResource, ScenarioLinks[][]>,
): ViewItem[][] {
  const groups = new Map<string, ViewItem[]>();
  for (const resource of resources)
    (scenarios.get(resource) ?? []).forEach((partScenarios, part) =>
      partScenarios.forEach((links, slot) => {
        // viewsOf gives the properties' view, then the attribute list's if the resource has one.
        const [main, ...attributes] = links.viewsOf(resource);
        for (const view of PARTS[part] === 'properties' ? (main ? [main] : []) : attributes) {
          const key = `${part}\u0000${slot}\u0000${view.kind.kind}`;
          const group = groups.get(key) ?? [];
          group.push({ ...view, links, part, slot });
          groups.set(key, group);
        }
      }),
    );
  return [...groups.values()];
}

function checkViews(
  document: ParsedDocument,
  items: readonly ViewItem[],
  rules: readonly EnabledRule[],
  checked: CheckedTemplate,
): { byItem: Map<ViewItem, Finding[]>; failures: RunResult['failures'] } {
  const kind = items[0]?.kind;
  const byItem = new Map<ViewItem, Finding[]>();
  if (!kind) return { byItem, failures: [] };
  const binding = Binding.ofTrees(
    items.map((item) => item.view.root),
    kind.root,
  );
  const linksOf = new Map<Node, ScenarioLinks>();
  for (const item of items) for (const node of item.view.references.keys()) linksOf.set(node, item.links);
  const semantics: SemanticsOptions = {
    targetGroupOf: (node) => linksOf.get(node)?.targetGroupOf(node),
    referencedValueOf: (node) => linksOf.get(node)?.referencedValueOf(node),
  };
  if (kind.resource === 'listener') {
    semantics.listeners = items.flatMap((item) => {
      const facts = item.links.listenerOf(item.resource);
      return facts ? [facts] : [];
    });
  } else if (kind.resource === 'listener-rule') {
    semantics.rules = items.map((item) =>
      ruleFacts(item.view.root, 'create', item.links.listenerOfRule(item.view.root)),
    );
  } else if (kind.resource === 'attributes') {
    const owners = new Map<Node, AttributeOwner>();
    for (const item of items) {
      const list = propertyValue(item.view.root, 'Attributes');
      if (list) owners.set(list, attributeOwnerOf(item.resource, item.links));
    }
    semantics.attributeOwner = (list) => owners.get(list);
  }
  const run = runRules(rules, document, kind, binding, [], { semantics, template: checked });
  // Each finding belongs to the resource it lies in (resources do not overlap).
  const sorted = [...items].sort((a, b) => a.resource.property.start - b.resource.property.start);
  for (const f of run.findings) {
    const item = holding(sorted, (i) => i.resource, f.start);
    if (!item || onUnknown(f, item.view)) continue;
    const list = byItem.get(item) ?? [];
    list.push(withOrigin(f, item.view));
    byItem.set(item, list);
  }
  return { byItem, failures: run.failures };
}

/**
 * The entry whose resource holds the offset: a binary search over entries sorted by where their
 * resource starts (resources do not overlap).
 */
function holding<T>(
  sorted: readonly T[],
  resourceOf: (entry: T) => TemplateResource,
  offset: number,
): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = sorted[mid] as T;
    if (resourceOf(entry).property.start <= offset) {
      found = entry;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found !== undefined && offset <= resourceOf(found).property.end ? found : undefined;
}

/** Rules that compare resources with each other: run once on the whole template, not on views. */
const ACROSS_RESOURCES: ReadonlySet<string> = new Set(['rule-priority-unique']);

/** Rules that judge a reference to another resource by what that resource is. */
const LINK_RULES: ReadonlySet<string> = new Set(['forward-target-group-fits', 'invalid-ec2-id']);

/**
 * A finding on a value the scenario does not know (or on its key) is not a finding: the value may
 * be anything. Zero-width stand-ins (a name CloudFormation fills in) take findings that start there.
 */
function onUnknown(f: Finding, view: View): boolean {
  for (const node of view.unknown) {
    if (LINK_RULES.has(f.ruleId) && view.references.has(node)) continue;
    const key = keyRangeOf(node);
    for (const r of [node, key])
      if ((f.start < r.end && r.start < f.end) || (f.start >= r.start && f.end <= r.end)) return true;
  }
  return false;
}

/** Whose attributes a resource's attribute list is: the resource, with what its properties say. */
function attributeOwnerOf(resource: TemplateResource, links: ScenarioLinks): AttributeOwner {
  const root = links.viewsOf(resource)[0]?.view.root;
  const base = { input: true, complete: true };
  if (!root) return { resource: undefined, ...base };
  switch (resource.type) {
    case 'AWS::ElasticLoadBalancingV2::TargetGroup':
      return targetGroupAttributeOwner(targetGroupFacts(root, 'create'), true);
    case 'AWS::ElasticLoadBalancingV2::LoadBalancer': {
      const type = loadBalancerFacts(root, 'create').loadBalancer;
      return type
        ? { resource: 'load-balancer', loadBalancer: type, ...base }
        : { resource: 'load-balancer', ...base };
    }
    default: {
      const listener = links.listenerOf(resource);
      const owner: AttributeOwner = { resource: 'listener', ...base };
      if (listener?.loadBalancer) owner.loadBalancer = listener.loadBalancer;
      if (listener?.protocol !== undefined) owner.protocol = listener.protocol;
      return owner;
    }
  }
}

/**
 * A finding on a value taken from a parameter or a mapping names where it came from; its fixes,
 * which would edit the `!Ref` rather than the value, are dropped.
 */
function withOrigin(finding: Finding, view: View): Finding {
  for (const node of view.synthetic) {
    if (
      !(finding.start < node.end && node.start < finding.end) &&
      !(finding.start === node.start && finding.end === node.end)
    )
      continue;
    const origin = view.origins.get(node);
    const rest: Finding = { ...finding };
    delete rest.fixes;
    if (origin !== undefined) rest.message = `${finding.message} (${origin})`;
    return rest;
  }
  return finding;
}

/**
 * "parameter `Proto` is `HTTPS`": the parameter values that all the cases a finding comes up in
 * share, and that other cases do not.
 */
function describeCases(some: readonly Scenario[], all: readonly Scenario[]): string | undefined {
  const parts: string[] = [];
  const first = some[0];
  if (!first) return undefined;
  for (const name of first.parameters.keys()) {
    const text = (s: Scenario): string | undefined => {
      const v = s.parameters.get(name);
      return v?.type === 'scalar' ? String(v.value) : undefined;
    };
    const shared = text(first);
    if (shared === undefined || some.some((s) => text(s) !== shared)) continue;
    if (all.every((s) => text(s) === shared)) continue;
    parts.push(`parameter \`${name}\` is \`${shared}\``);
  }
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

function findingKey(f: Finding): string {
  return `${f.ruleId}\u0000${f.start}\u0000${f.end}\u0000${f.message}`;
}
