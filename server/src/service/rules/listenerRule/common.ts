// What the listener-rule rules share: where the guides that state rule limits are, each condition
// of the document with its rule and field, and the string items of a list.
import { CONDITION_CONFIG_MEMBERS } from '../../model/ruleConditionFacts';
import { conditionFieldOf } from '../../semantics/conditions';
import type { RuleFacts } from '../../semantics/rule';
import { isArray, propertyValue, type Node, type ObjectNode, type ScalarNode } from '../../syntax/tree';
import { apiSource, guideSource, type RuleSource } from '../rule';

const ALB_GUIDE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application';

export const LISTENER_RULES_GUIDE: RuleSource = guideSource(
  'Application Load Balancers',
  'Listener rules: rule basics',
  `${ALB_GUIDE}/listener-rules.html`,
);
export const CONDITION_TYPES_GUIDE: RuleSource = guideSource(
  'Application Load Balancers',
  'Condition types for listener rules: condition basics',
  `${ALB_GUIDE}/rule-condition-types.html`,
);
export const TRANSFORMS_GUIDE: RuleSource = guideSource(
  'Application Load Balancers',
  'Transforms for listener rules: transform basics',
  `${ALB_GUIDE}/rule-transforms.html`,
);
export const QUOTAS_GUIDE: RuleSource = guideSource(
  'Application Load Balancers',
  'Quotas for your Application Load Balancers: rules',
  `${ALB_GUIDE}/load-balancer-limits.html`,
);

/** Each condition configuration member and the field it belongs to. */
export const FIELD_OF_CONFIG: ReadonlyMap<string, string> = new Map(
  Object.entries(CONDITION_CONFIG_MEMBERS).map(([field, m]) => [m, field]),
);

/** The RuleCondition members that say which field each configuration block belongs to. */
export const CONDITION_CONFIG_SOURCES: RuleSource[] = Object.values(CONDITION_CONFIG_MEMBERS).map((m) =>
  apiSource('RuleCondition', m),
);

export interface ConditionInRule {
  rule: RuleFacts;
  condition: ObjectNode;
  /** The Field, when it is one the API knows. */
  field?: string;
}

/** Every condition of every rule of the document, with its field. */
export function conditionsOf(rules: readonly RuleFacts[]): ConditionInRule[] {
  return rules.flatMap((rule) =>
    rule.conditions.map((condition) => {
      const field = conditionFieldOf(condition);
      return field ? { rule, condition, field } : { rule, condition };
    }),
  );
}

/** The string items of the object's list member, when it is a list. */
export function stringItems(object: ObjectNode | undefined, name: string): ScalarNode[] {
  const list = object ? propertyValue(object, name) : undefined;
  if (!isArray(list)) return [];
  return list.items.filter(
    (item): item is ScalarNode => item.type === 'scalar' && typeof item.value === 'string',
  );
}

/** The node's string, when it is a string scalar. */
export function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}
