import { insertProperty, scalarText } from '../../edits';
import type { Fix } from '../../findings';
import { CONDITION_CONFIG_MEMBERS } from '../../model/ruleConditionFacts';
import { listOf } from '../../suggest';
import { anchorOf, property } from '../../syntax/tree';
import { CONDITION_FIELDS } from '../../semantics/conditions';
import { apiSource, type Rule } from '../rule';
import { conditionsOf, FIELD_OF_CONFIG, LISTENER_RULES_GUIDE } from './common';

export const conditionFieldRequired: Rule = {
  id: 'condition-field-required',
  severity: 'error',
  summary: 'Every rule condition names its Field.',
  constraint:
    'A condition says what part of the request it looks at in Field (http-header, http-request-method, host-header, path-pattern, query-string or source-ip), and gives its comparison values in the configuration block of that field; without Field the load balancer cannot tell what to compare.',
  sources: [apiSource('RuleCondition', 'Field'), LISTENER_RULES_GUIDE],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const { condition } of conditionsOf(context.semantics.rules)) {
      if (property(condition, 'Field')) continue;
      const fields = condition.properties.flatMap((p) => FIELD_OF_CONFIG.get(p.key.value) ?? []);
      const [field] = fields;
      const fixes: Fix[] =
        field && fields.length === 1
          ? [
              {
                title: `Add \`Field: ${field}\``,
                edits: [
                  insertProperty(context.document, condition, 'Field', scalarText(context.document, field)),
                ],
              },
            ]
          : [];
      context.report(
        anchorOf(condition),
        field && fields.length === 1
          ? `This condition has a \`${CONDITION_CONFIG_MEMBERS[field] ?? ''}\` but no \`Field\`. Add \`Field: ${field}\`.`
          : `This condition has no \`Field\`: say what it matches on, one of ${listOf(CONDITION_FIELDS)}.`,
        fixes,
      );
    }
  },
};
