import type { Range } from '../../findings';
import {
  QUERY_STRING_ESCAPE,
  WILDCARD_FIELDS,
  WILDCARDS,
  WILDCARDS_PER_RULE,
} from '../../model/ruleConditionFacts';
import { conditionFieldOf, matchValuesOf } from '../../semantics/conditions';
import { apiSource, type Rule } from '../rule';
import { rangeInScalar } from '../listener/common';
import { CONDITION_TYPES_GUIDE, QUOTAS_GUIDE } from './common';

export const ruleConditionWildcards: Rule = {
  id: 'rule-condition-wildcards',
  severity: 'error',
  summary: `A rule's condition values hold at most ${WILDCARDS_PER_RULE} wildcards in all.`,
  constraint: `The wildcards * and ? of host-header, http-header, path-pattern and query-string values count against a quota of ${WILDCARDS_PER_RULE} per rule that cannot be raised (a query string's escaped \\* and \\? are literal characters and do not count; regular expressions are not wildcards).`,
  sources: [QUOTAS_GUIDE, CONDITION_TYPES_GUIDE, apiSource('QueryStringConditionConfig', 'Values')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const rule of context.semantics.rules) {
      const found: Range[] = [];
      for (const condition of rule.conditions) {
        const field = conditionFieldOf(condition);
        if (!field || !WILDCARD_FIELDS.includes(field)) continue;
        for (const value of matchValuesOf(condition)) {
          if (value.regex) continue;
          for (const node of value.strings) {
            const text = String(node.value);
            for (let i = 0; i < text.length; i++) {
              const c = text[i] ?? '';
              if (field === 'query-string' && c === QUERY_STRING_ESCAPE) {
                i++;
                continue;
              }
              if (WILDCARDS.includes(c)) found.push(rangeInScalar(context.document, node, text, i, 1));
            }
          }
        }
      }
      for (const extra of found.slice(WILDCARDS_PER_RULE)) {
        context.report(
          extra,
          `This rule's condition values hold ${found.length} wildcards (* and ?), but a rule takes at most ${WILDCARDS_PER_RULE} (a quota that cannot be raised). Use fewer wildcards, a regular expression, or split the rule.`,
        );
      }
    }
  },
};
