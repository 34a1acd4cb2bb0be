import { SINGLE_CONDITION_FIELDS } from '../../model/ruleConditionFacts';
import { listOf } from '../../suggest';
import { conditionsOfField } from '../../semantics/conditions';
import { propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { CONDITION_TYPES_GUIDE } from './common';

export const conditionFieldCount: Rule = {
  id: 'condition-field-count',
  severity: 'error',
  summary: 'A rule has at most one http-request-method, host-header, path-pattern and source-ip condition.',
  constraint:
    'Each of the fields http-request-method, host-header, path-pattern and source-ip may appear in at most one condition of a rule (give several values in that one condition instead); http-header and query-string conditions may repeat.',
  sources: [
    apiSource('RuleCondition', '(description)'),
    apiSource('Rule', 'Conditions'),
    CONDITION_TYPES_GUIDE,
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const rule of context.semantics.rules) {
      for (const field of SINGLE_CONDITION_FIELDS) {
        const [first, ...extras] = conditionsOfField(rule, field);
        if (!first) continue;
        for (const extra of extras) {
          const at = propertyValue(extra, 'Field') ?? extra;
          context.report(
            at,
            `A rule takes at most one \`${field}\` condition, and this is its second. Put all its values in the first \`${field}\` condition (any one of them matches), or make a second rule. Only ${listOf(['http-header', 'query-string'], 'and')} conditions may repeat.`,
          );
        }
      }
    }
  },
};
