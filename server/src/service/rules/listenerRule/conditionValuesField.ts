import {
  CONDITION_CONFIG_MEMBERS,
  LEGACY_VALUES_FIELDS,
  REGEX_VALUES_FIELDS,
} from '../../model/ruleConditionFacts';
import { listOf } from '../../suggest';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { conditionsOf } from './common';

/** The top-level members and the fields that may carry them. */
const TOP_LEVEL: readonly { name: string; fields: readonly string[] }[] = [
  { name: 'Values', fields: LEGACY_VALUES_FIELDS },
  { name: 'RegexValues', fields: REGEX_VALUES_FIELDS },
];

export const conditionValuesField: Rule = {
  id: 'condition-values-field',
  severity: 'error',
  summary: 'A condition gives top-level Values or RegexValues only for the fields that take them.',
  constraint:
    'The top-level Values of a condition (the older way to give a value) is only for host-header and path-pattern conditions, and the top-level RegexValues only for http-header, host-header and path-pattern; every other field gives its values in its own configuration block (HttpRequestMethodConfig, QueryStringConfig, SourceIpConfig, …). Checked in requests; describe outputs show what the load balancer stored.',
  sources: [apiSource('RuleCondition', 'Values'), apiSource('RuleCondition', 'RegexValues')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const { rule, condition, field } of conditionsOf(context.semantics.rules)) {
      if (rule.operation === 'describe' || !field) continue;
      for (const { name, fields } of TOP_LEVEL) {
        const p = property(condition, name);
        if (!p || fields.includes(field)) continue;
        const config = CONDITION_CONFIG_MEMBERS[field] ?? '';
        const inConfig = name === 'Values' || field === 'http-header';
        context.report(
          p.key,
          `A top-level \`${name}\` is only for ${listOf(fields)} conditions, and this one is \`${field}\`. ${
            inConfig
              ? `Give the values in \`${config}\`${name === 'Values' ? '' : ' (its `RegexValues`)'} instead.`
              : `A \`${field}\` condition takes no regular expressions.`
          }`,
        );
      }
    }
  },
};
