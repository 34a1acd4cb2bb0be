// What a listener rule's conditions and transforms say: each condition's field, the comparison
// values it holds (its match evaluations), and which fields and transform types a rule may still
// take. The condition rules and the completion of Field values both ask here.
import { enumValues, member } from '../model/apiModel';
import {
  CONDITION_CONFIG_MEMBERS,
  NETWORK_CONDITION_FIELDS,
  SINGLE_CONDITION_FIELDS,
  TRANSFORM_CONFIG_MEMBERS,
} from '../model/ruleConditionFacts';
import {
  isArray,
  isObject,
  propertyValue,
  stringValue,
  type Node,
  type ObjectNode,
  type ScalarNode,
} from '../syntax/tree';
import type { RuleFacts } from './rule';

/** Every condition field the API knows. */
export const CONDITION_FIELDS: readonly string[] = Object.keys(CONDITION_CONFIG_MEMBERS);

/** The condition's Field, when it is one the API knows. */
export function conditionFieldOf(condition: ObjectNode): string | undefined {
  const field = stringValue(condition, 'Field');
  return field !== undefined && CONDITION_FIELDS.includes(field) ? field : undefined;
}

/** The configuration object of the condition's own field, when it is an object. */
export function ownConfigOf(condition: ObjectNode, field: string): ObjectNode | undefined {
  const name = CONDITION_CONFIG_MEMBERS[field];
  const config = name ? propertyValue(condition, name) : undefined;
  return isObject(config) ? config : undefined;
}

/** One comparison the condition makes: a value, a regular expression, or a query-string pair. */
export interface MatchValue {
  /** The list item: a string, or a query-string key/value object. */
  node: Node;
  /** The strings it compares with (a pair's Key and Value), where wildcards may be. */
  strings: ScalarNode[];
  regex: boolean;
}

/**
 * The comparisons a condition makes: those of its own configuration block when it has one (a
 * describe output repeats them in the legacy Values), else those of its top-level Values and
 * RegexValues.
 */
export function matchValuesOf(condition: ObjectNode): MatchValue[] {
  const field = conditionFieldOf(condition);
  const config = field ? ownConfigOf(condition, field) : undefined;
  const holder = config ?? condition;
  return [...listValues(holder, 'Values', false), ...listValues(holder, 'RegexValues', true)];
}

function listValues(holder: ObjectNode, name: string, regex: boolean): MatchValue[] {
  const list = propertyValue(holder, name);
  if (!isArray(list)) return [];
  return list.items.map((node) => ({ node, strings: stringsOf(node), regex }));
}

function stringsOf(node: Node): ScalarNode[] {
  if (node.type === 'scalar') return typeof node.value === 'string' ? [node] : [];
  if (node.type !== 'object') return [];
  return ['Key', 'Value'].flatMap((name) => {
    const value = propertyValue(node, name);
    return value?.type === 'scalar' && typeof value.value === 'string' ? [value] : [];
  });
}

/** Why a rule cannot have a condition of this field at all, whatever its other conditions are. */
export type ConditionRefusal = 'needs-application-load-balancer';

export function conditionRefusal(rule: RuleFacts, field: string): ConditionRefusal | undefined {
  return rule.loadBalancer?.type === 'network' && !NETWORK_CONDITION_FIELDS.includes(field)
    ? 'needs-application-load-balancer'
    : undefined;
}

/** The rule's conditions of the field, other than `except`, in document order. */
export function conditionsOfField(rule: RuleFacts, field: string, except?: ObjectNode): ObjectNode[] {
  return rule.conditions.filter((c) => c !== except && conditionFieldOf(c) === field);
}

/**
 * True when the rule could take one more condition of this field beside its conditions other than
 * `except`: one of each single field at most, and none its load balancer refuses.
 */
export function canTakeCondition(rule: RuleFacts, field: string, except?: ObjectNode): boolean {
  if (SINGLE_CONDITION_FIELDS.includes(field) && conditionsOfField(rule, field, except).length > 0)
    return false;
  return conditionRefusal(rule, field) === undefined;
}

/** Every transform type the API knows. */
export const TRANSFORM_TYPES: readonly string[] = (() => {
  const type = member('RuleTransform', 'Type')?.type;
  return type?.kind === 'enum' ? enumValues(type.name) : Object.keys(TRANSFORM_CONFIG_MEMBERS);
})();

/** The transform's Type, when it is one the API knows. */
export function transformTypeOf(transform: ObjectNode): string | undefined {
  const type = stringValue(transform, 'Type');
  return type !== undefined && TRANSFORM_TYPES.includes(type) ? type : undefined;
}
