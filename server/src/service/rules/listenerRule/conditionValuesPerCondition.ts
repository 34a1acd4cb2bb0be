import { MATCH_EVALUATIONS_PER_CONDITION, OWN_VALUE_LIMIT_FIELDS } from '../../model/ruleConditionFacts';
import { matchValuesOf } from '../../semantics/conditions';
import type { Rule } from '../rule';
import { CONDITION_TYPES_GUIDE, conditionsOf, LISTENER_RULES_GUIDE } from './common';

export const conditionValuesPerCondition: Rule = {
  id: 'condition-values-per-condition',
  severity: 'error',
  summary: `A rule condition compares with at most ${MATCH_EVALUATIONS_PER_CONDITION} values.`,
  constraint: `One condition holds up to ${MATCH_EVALUATIONS_PER_CONDITION} comparison strings (match evaluations: values, regular expressions or query-string pairs); to require several of them at once, or to match more, use more conditions. A source-ip condition takes up to five CIDR blocks instead (SourceIpConditionConfig Values, checked by invalid-item-count).`,
  sources: [LISTENER_RULES_GUIDE, CONDITION_TYPES_GUIDE],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const { condition, field } of conditionsOf(context.semantics.rules)) {
      if (!field || OWN_VALUE_LIMIT_FIELDS.includes(field)) continue;
      const values = matchValuesOf(condition);
      for (const extra of values.slice(MATCH_EVALUATIONS_PER_CONDITION)) {
        context.report(
          extra.node,
          `This \`${field}\` condition compares with ${values.length} values, but one condition takes at most ${MATCH_EVALUATIONS_PER_CONDITION}. Move the others to another condition or rule.`,
        );
      }
    }
  },
};
