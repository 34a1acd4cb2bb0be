import {
  CONDITION_CONFIG_MEMBERS,
  LEGACY_VALUES_FIELDS,
  LEGACY_VALUES_MAX,
} from '../../model/ruleConditionFacts';
import { isArray, property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { conditionsOf } from './common';

export const conditionLegacyValues: Rule = {
  id: 'condition-legacy-values',
  severity: 'error',
  summary:
    'The top-level Values of a host-header or path-pattern condition holds one value and stands alone.',
  constraint:
    'A host-header or path-pattern condition may give a single host name or path pattern in its top-level Values instead of in HostHeaderConfig or PathPatternConfig; several values need the configuration block, and a request gives the values in one of the two places, not both. Checked in requests; describe outputs repeat the values in both.',
  sources: [
    apiSource('RuleCondition', 'Values'),
    apiSource('RuleCondition', 'HostHeaderConfig'),
    apiSource('RuleCondition', 'PathPatternConfig'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const { rule, condition, field } of conditionsOf(context.semantics.rules)) {
      if (rule.operation === 'describe' || !field || !LEGACY_VALUES_FIELDS.includes(field)) continue;
      const values = property(condition, 'Values');
      if (!values) continue;
      const config = CONDITION_CONFIG_MEMBERS[field] ?? '';
      if (property(condition, config)) {
        context.report(
          values.key,
          `This condition gives values both in the top-level \`Values\` and in \`${config}\`. Keep them in \`${config}\` and remove the top-level \`Values\`.`,
        );
        continue;
      }
      if (isArray(values.value) && values.value.items.length > LEGACY_VALUES_MAX) {
        context.report(
          values.key,
          `The top-level \`Values\` of a \`${field}\` condition holds a single value, and this one has ${values.value.items.length}. Put them in \`${config}\` (\`${config}: { Values: [...] }\`) instead.`,
        );
      }
    }
  },
};
