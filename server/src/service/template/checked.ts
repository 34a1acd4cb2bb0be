// A template read once per check: its sections, its conditions, and the scenarios of each ELBv2
// resource. Template rules and the resource checks (validation/checkTemplate.ts) share it.
import type { ListenerFacts } from '../semantics/listener';
import type { RuleFacts } from '../semantics/rule';
import { propertyValue, type Node, type ObjectNode } from '../syntax/tree';
import { getAttTarget, intrinsicOf, stringOf } from './intrinsics';
import { READ_OF_LINKED, ScenarioLinks } from './links';
import { mappingOf } from './mapping';
import { Conditions, parameterValues, scenariosOf, type Choices } from './scenarios';
import {
  elbv2Resources,
  readTemplate,
  type Template,
  type TemplateParameterValues,
  type TemplateResource,
} from './template';

/** A resource's properties but its attribute list, or its attribute list (template/mapping.ts). */
export type ResourcePart = 'properties' | 'attributes';

/** How deep the walk for choices goes: intrinsic functions nested deeper are left unknown. */
const MAX_WALK_DEPTH = 200;

export class CheckedTemplate {
  readonly template: Template;
  readonly conditions: Conditions;
  readonly resources: readonly TemplateResource[];

  constructor(root: ObjectNode, assumed: TemplateParameterValues = {}) {
    this.template = readTemplate(root, assumed);
    this.conditions = new Conditions(this.template);
    this.resources = elbv2Resources(this.template);
  }

  /**
   * The scenarios a resource is checked in, each with its links; a scenario in which the
   * resource's own `Condition` is false is left out (the resource does not exist there). With a
   * `part`, the scenarios of its properties but its attribute list, or of its attribute list: a
   * parameter that only a tag's value uses does not multiply the checks of its attributes, nor a
   * stickiness `Fn::If` in its attributes those of its properties.
   */
  scenariosOf(resource: TemplateResource, part?: ResourcePart): ScenarioLinks[] {
    const choices: Choices = { parameters: new Set(), atoms: new Set(), free: new Set() };
    if (resource.condition) this.conditions.collect(resource.condition.value, choices);
    const properties = resource.properties;
    const linked = new Set([resource]);
    const attributes = mappingOf(resource.type)?.attributes?.property;
    // No attribute list: nothing to check in that part's scenarios.
    if (part === 'attributes' && !(attributes && properties && propertyValue(properties, attributes)))
      return [];
    if (properties && (part === undefined || intrinsicOf(properties)))
      this.collect(properties, choices, 0, linked);
    else if (properties && part === 'properties') {
      for (const p of properties.properties)
        if (p.key.value !== attributes) this.collect(p.value, choices, 1, linked);
    } else if (properties && part === 'attributes') {
      // The attribute list, and what its check reads of the resource itself (its owner's facts:
      // the same properties another resource reads of it).
      const read = [attributes, ...(READ_OF_LINKED.get(resource.type ?? '') ?? [])];
      for (const name of read) {
        const value = name === undefined ? undefined : propertyValue(properties, name);
        if (value) this.collect(value, choices, 1, linked);
      }
    }
    const links: ScenarioLinks[] = [];
    for (const scenario of scenariosOf(this.template, choices)) {
      if (resource.condition && this.conditions.value(resource.condition.value, scenario) === false) continue;
      links.push(new ScenarioLinks(this.template, this.conditions, scenario));
    }
    return links;
  }

  /** The same template, with only `resources` to check (the others' findings are kept). */
  restrictedTo(resources: readonly TemplateResource[]): CheckedTemplate {
    const restricted: CheckedTemplate = Object.create(CheckedTemplate.prototype) as CheckedTemplate;
    Object.assign(restricted, this, { resources });
    return restricted;
  }

  /**
   * The ListenerRule resources that always exist (no `Condition`), each with its written priority
   * and its listener (one object per Listener resource): what rule-priority-unique compares.
   */
  listenerRulePriorities(): RuleFacts[] {
    const listeners = new Map<string, ListenerFacts>();
    const facts: RuleFacts[] = [];
    for (const resource of this.resources) {
      if (
        resource.type !== 'AWS::ElasticLoadBalancingV2::ListenerRule' ||
        resource.condition ||
        !resource.properties
      )
        continue;
      const priority = propertyValue(resource.properties, 'Priority');
      const ref = intrinsicOf(propertyValue(resource.properties, 'ListenerArn'));
      const id = ref?.name === 'Ref' ? stringOf(ref.argument) : undefined;
      const target = id === undefined ? undefined : this.template.resources.get(id);
      if (!priority || !target?.properties || id === undefined) continue;
      let listener = listeners.get(id);
      if (!listener) {
        listener = { owner: 'listener', object: target.properties, member: 'DefaultActions', actions: [] };
        listeners.set(id, listener);
      }
      const value = priority.type === 'scalar' ? priority.value : undefined;
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^[0-9]{1,9}$/.test(value)
            ? Number(value)
            : undefined;
      facts.push({
        owner: 'listener-rule',
        object: resource.properties,
        member: 'Actions',
        actions: [],
        conditions: [],
        transforms: [],
        listener,
        priority: { node: priority, value: number },
      });
    }
    return facts;
  }

  /**
   * The parameters and conditions a value's resolution depends on, added to `choices`: its own, and
   * those of what the check reads of the resources it refers to (`READ_OF_LINKED`; `linked`
   * holds the resources already followed).
   */
  private collect(node: Node, choices: Choices, depth: number, linked: Set<TemplateResource>): void {
    if (depth > MAX_WALK_DEPTH) return;
    const fn = intrinsicOf(node);
    if (fn?.name === 'Fn::If' && fn.argument.type === 'array') {
      const name = stringOf(fn.argument.items[0]);
      if (name !== undefined) this.conditions.collect(name, choices);
    } else if (fn?.name === 'Ref' || fn?.name === 'Fn::GetAtt') {
      const name = fn.name === 'Ref' ? stringOf(fn.argument) : getAttTarget(fn.argument)?.logicalId;
      const parameter =
        name === undefined || fn.name !== 'Ref' ? undefined : this.template.parameters.get(name);
      if (name !== undefined && parameter && parameterValues(parameter).length > 0)
        choices.parameters.add(name);
      const target = name === undefined ? undefined : this.template.resources.get(name);
      const read = target?.type === undefined ? undefined : READ_OF_LINKED.get(target.type);
      if (target?.properties && read && !linked.has(target)) {
        linked.add(target);
        for (const property of read) {
          const value = propertyValue(target.properties, property);
          if (value) this.collect(value, choices, depth + 1, linked);
        }
      }
      return;
    }
    if (node.type === 'object')
      for (const p of node.properties) this.collect(p.value, choices, depth + 1, linked);
    else if (node.type === 'array')
      for (const item of node.items) this.collect(item, choices, depth + 1, linked);
  }
}
