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
import { keyRangeOf, type ObjectNode, type ParsedDocument } from '../syntax/tree';
import type { TemplateResource } from '../template/template';
import type { View } from '../template/views';
import { TemplateFindingsCache } from '../template/cache';
import { CheckedTemplate } from '../template/checked';
import type { ResourceView, ScenarioLinks } from '../template/links';
import type { Scenario } from '../template/scenarios';
import { runRules, type EnabledRule, type RunResult } from './runRules';

/** Rules that judge a document as a whole file, not a resource's properties. */
const NOT_ON_VIEWS: ReadonlySet<string> = new Set([
  'unknown-document-kind',
  'placeholder-value',
  // Speaks of the AWS CLI's command-line options; CloudFormation has none.
  'missing-identifying-member',
]);

export function checkTemplate(
  document: ParsedDocument,
  root: ObjectNode,
  rules: readonly EnabledRule[],
): RunResult {
  const checked = new CheckedTemplate(root);
  const own = rules.filter(
    ({ rule }) => rule.reportsSyntax || rule.templateOnly || ACROSS_RESOURCES.has(rule.id),
  );
  const onViews = rules.filter(
    ({ rule }) => !rule.reportsSyntax && !rule.templateOnly && !NOT_ON_VIEWS.has(rule.id),
  );
  const result = runRules(own, document, TEMPLATE_KIND, new Binding(undefined, ''), [], {
    template: checked,
    semantics: { rules: checked.listenerRules() },
  });
  const seen = new Set<string>();
  for (const f of result.findings) seen.add(findingKey(f));
  const cache = new TemplateFindingsCache(document.text, checked.template, rulesKey(onViews));
  for (const resource of checked.resources) {
    const { findings, failures } = cache.resource(resource, () =>
      checkResource(document, resource, onViews, checked),
    );
    for (const failure of failures)
      if (!result.failures.some((f) => f.ruleId === failure.ruleId)) result.failures.push(failure);
    for (const f of findings) {
      const key = findingKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      result.findings.push(f);
    }
  }
  return result;
}

/** One resource's findings in all its scenarios; one that only some scenarios have says when. */
function checkResource(
  document: ParsedDocument,
  resource: TemplateResource,
  onViews: readonly EnabledRule[],
  checked: CheckedTemplate,
): RunResult {
  const result: RunResult = { findings: [], failures: [] };
  const seen = new Set<string>();
  {
    const scenarios = checked.scenariosOf(resource);
    const found = scenarios.map((links) => {
      const list: Finding[] = [];
      for (const view of links.viewsOf(resource)) {
        const run = checkView(document, view, links, onViews, checked);
        for (const failure of run.failures)
          if (!result.failures.some((f) => f.ruleId === failure.ruleId)) result.failures.push(failure);
        list.push(...run.findings);
      }
      return list;
    });
    // The scenarios each finding comes up in: one that only some do says when.
    const where = new Map<string, Scenario[]>();
    found.forEach((list, i) => {
      const scenario = scenarios[i]?.scenario;
      if (scenario)
        for (const key of new Set(list.map(findingKey)))
          where.set(key, [...(where.get(key) ?? []), scenario]);
    });
    const every = scenarios.map((l) => l.scenario);
    for (const list of found)
      for (const f of list) {
        const key = findingKey(f);
        if (seen.has(key)) continue;
        seen.add(key);
        const some = where.get(key) ?? [];
        const when =
          some.length < every.length && !f.message.endsWith(')') ? describeCases(some, every) : undefined;
        result.findings.push(when ? { ...f, message: `${f.message} (when ${when})` } : f);
      }
  }
  return result;
}

/** The rules and their severities: a resource's findings are kept only for the same ones. */
function rulesKey(rules: readonly EnabledRule[]): string {
  return rules.map(({ rule, severity }) => `${rule.id}:${severity}`).join(',');
}

function checkView(
  document: ParsedDocument,
  { resource, kind, view }: ResourceView,
  links: ScenarioLinks,
  rules: readonly EnabledRule[],
  checked: CheckedTemplate,
): RunResult {
  const binding = new Binding(view.root, kind.root);
  const semantics: SemanticsOptions = { targetGroupOf: (node) => links.targetGroupOf(node) };
  if (kind.resource === 'listener') {
    const facts = links.listenerOf(resource);
    if (facts) semantics.listeners = [facts];
  } else if (kind.resource === 'listener-rule') {
    semantics.rules = [ruleFacts(view.root, 'create', links.listenerOfRule(view.root))];
  } else if (kind.resource === 'attributes') {
    const owner = attributeOwnerOf(resource, links);
    semantics.attributeOwner = () => owner;
  }
  const found = runRules(rules, document, kind, binding, [], { semantics, template: checked });
  const findings = found.findings.filter((f) => !onUnknown(f, view)).map((f) => withOrigin(f, view));
  return { findings, failures: found.failures };
}

/** Rules that compare resources with each other: run once on the whole template too. */
const ACROSS_RESOURCES: ReadonlySet<string> = new Set(['rule-priority-unique']);

/** Rules that judge a reference to another resource by what that resource is. */
const LINK_RULES: ReadonlySet<string> = new Set(['forward-target-group-fits']);

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
    const { fixes: _dropped, ...rest } = finding;
    return origin === undefined ? rest : { ...rest, message: `${finding.message} (${origin})` };
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
