import { MATCH_EVALUATIONS_PER_RULE } from '../../model/ruleConditionFacts';
import { matchValuesOf } from '../../semantics/conditions';
import type { Rule } from '../rule';
import { LISTENER_RULES_GUIDE, QUOTAS_GUIDE } from './common';

export const ruleConditionValues: Rule = {
  id: 'rule-condition-values',
  severity: 'error',
  summary: `A rule compares with at most ${MATCH_EVALUATIONS_PER_RULE} condition values in all.`,
  constraint: `All the conditions of one rule together hold at most ${MATCH_EVALUATIONS_PER_RULE} comparison values (match evaluations: values, regular expressions, query-string pairs and source CIDR blocks). The quota cannot be raised; split the rule instead.`,
  sources: [QUOTAS_GUIDE, LISTENER_RULES_GUIDE],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const rule of context.semantics.rules) {
      const values = rule.conditions.flatMap(matchValuesOf);
      for (const extra of values.slice(MATCH_EVALUATIONS_PER_RULE)) {
        context.report(
          extra.node,
          `This rule's conditions compare with ${values.length} values in all, but a rule takes at most ${MATCH_EVALUATIONS_PER_RULE} (a quota that cannot be raised). Split the rule in two.`,
        );
      }
    }
  },
};
