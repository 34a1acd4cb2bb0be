// What is known about one listener rule: its priority, conditions, transforms and actions, and
// the listener those actions run on. A rule document names its listener only by ARN, so the
// listener's load-balancer type comes from ListenerArn or RuleArn and its protocol stays unknown;
// a template that knows the listener resource hands its facts in (`ruleFacts(object, op, listener)`),
// and then every action rule judges the rule's actions by that listener's protocol too.
import { parseArn } from '../arn';
import { DEFAULT_RULE_PRIORITY } from '../model/ruleConditionFacts';
import {
  booleanValue,
  isArray,
  isObject,
  propertyValue,
  stringValue,
  type ArrayNode,
  type Node,
  type ObjectNode,
} from '../syntax/tree';
import { actionsOf, type ActionListFacts, type Operation } from './actionList';
import type { ListenerFacts } from './listener';
import { typeFromArnNode } from './origin';

export interface RulePriority {
  node: Node;
  /** The number, `default` (a described default rule), or undefined when it is neither. */
  value: number | typeof DEFAULT_RULE_PRIORITY | undefined;
}

/** A listener rule: the owner of its Actions, run on its listener. */
export interface RuleFacts extends ActionListFacts {
  owner: 'listener-rule';
  member: 'Actions';
  /** The listener the rule belongs to, when another layer knows it (a template's resource). */
  listener?: ListenerFacts;
  /** The ARN of the rule's listener: its ListenerArn, or the listener part of its RuleArn. */
  listenerArn?: string;
  priority?: RulePriority;
  /** IsDefault as written (describe outputs). */
  isDefault?: boolean;
  conditionsNode?: ArrayNode;
  /** The Conditions items that are objects, in document order. */
  conditions: ObjectNode[];
  transformsNode?: ArrayNode;
  /** The Transforms items that are objects, in document order. */
  transforms: ObjectNode[];
}

/** The members whose ARN names the rule's load-balancer type, in the order they are trusted. */
const TYPE_FROM: readonly string[] = ['ListenerArn', 'RuleArn'];

/**
 * The facts of a rule object: a CreateRule or ModifyRule request, a SetRulePriorities pair, an
 * item of a describe-rules output, or (from a template) a ListenerRule resource. `listener`, when
 * given, is the rule's listener: the actions run on its protocol, port and load balancer.
 */
export function ruleFacts(object: ObjectNode, operation?: Operation, listener?: ListenerFacts): RuleFacts {
  const facts: RuleFacts = {
    owner: 'listener-rule',
    object,
    member: 'Actions',
    ...actionsOf(object, 'Actions'),
    conditions: [],
    transforms: [],
  };
  if (operation) facts.operation = operation;
  if (listener) {
    facts.listener = listener;
    if (listener.protocol !== undefined) facts.protocol = listener.protocol;
    if (listener.port !== undefined) facts.port = listener.port;
    if (listener.loadBalancer) facts.loadBalancer = listener.loadBalancer;
  }
  for (const name of TYPE_FROM) {
    if (facts.loadBalancer) break;
    const fact = typeFromArnNode(propertyValue(object, name));
    if (fact) facts.loadBalancer = fact;
  }
  const listenerArn = stringValue(object, 'ListenerArn') ?? listenerArnOfRule(stringValue(object, 'RuleArn'));
  if (listenerArn !== undefined) facts.listenerArn = listenerArn;
  const priority = propertyValue(object, 'Priority');
  if (priority) facts.priority = { node: priority, value: priorityValue(priority) };
  const isDefault = booleanValue(object, 'IsDefault');
  if (isDefault !== undefined) facts.isDefault = isDefault;
  const conditions = propertyValue(object, 'Conditions');
  if (isArray(conditions)) {
    facts.conditionsNode = conditions;
    facts.conditions = conditions.items.filter(isObject);
  }
  const transforms = propertyValue(object, 'Transforms');
  if (isArray(transforms)) {
    facts.transformsNode = transforms;
    facts.transforms = transforms.items.filter(isObject);
  }
  return facts;
}

/**
 * A Priority as a number: an integer in a request, a string of digits (or `default`) in a
 * describe output.
 */
function priorityValue(node: Node): RulePriority['value'] {
  if (node.type !== 'scalar') return undefined;
  const { value } = node;
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (value === DEFAULT_RULE_PRIORITY) return value;
  return /^[0-9]{1,9}$/.test(value) ? Number(value) : undefined;
}

/**
 * The ARN of the listener a rule ARN belongs to: `…:listener-rule/app/lb/1/2/3` belongs to
 * `…:listener/app/lb/1/2`.
 */
export function listenerArnOfRule(ruleArn: string | undefined): string | undefined {
  const arn = ruleArn === undefined ? undefined : parseArn(ruleArn);
  if (!arn || arn.service !== 'elasticloadbalancing' || !arn.resource.startsWith('listener-rule/'))
    return undefined;
  const segments = arn.resource.split('/');
  if (segments.length !== 6 || segments.some((s) => s === '')) return undefined;
  const prefix = ruleArn?.slice(0, ruleArn.length - arn.resource.length) ?? '';
  return `${prefix}listener/${segments.slice(1, 5).join('/')}`;
}

/** True for the default rule of a describe output: IsDefault, or the `default` priority. */
export function isDefaultRule(rule: RuleFacts): boolean {
  return rule.isDefault === true || rule.priority?.value === DEFAULT_RULE_PRIORITY;
}
