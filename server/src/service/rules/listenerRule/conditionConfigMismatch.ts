import { removeProperty } from '../../edits';
import { CONDITION_CONFIG_MEMBERS } from '../../model/ruleConditionFacts';
import type { Rule } from '../rule';
import { CONDITION_CONFIG_SOURCES, conditionsOf, FIELD_OF_CONFIG } from './common';

export const conditionConfigMismatch: Rule = {
  id: 'condition-config-mismatch',
  severity: 'error',
  summary: "A rule condition carries only its own field's configuration block.",
  constraint:
    'HostHeaderConfig belongs to host-header conditions, HttpHeaderConfig to http-header, HttpRequestMethodConfig to http-request-method, PathPatternConfig to path-pattern, QueryStringConfig to query-string and SourceIpConfig to source-ip; a condition of another field must not carry them.',
  sources: CONDITION_CONFIG_SOURCES,
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const { condition, field } of conditionsOf(context.semantics.rules)) {
      if (!field) continue;
      const own = CONDITION_CONFIG_MEMBERS[field] ?? '';
      for (const p of condition.properties) {
        const owner = FIELD_OF_CONFIG.get(p.key.value);
        if (!owner || owner === field) continue;
        context.report(
          p.key,
          `\`${p.key.value}\` belongs to \`${owner}\` conditions, but this condition's \`Field\` is \`${field}\`, which is configured with \`${own}\`. Remove \`${p.key.value}\`, or change \`Field\` to \`${owner}\`.`,
          [{ title: `Remove \`${p.key.value}\``, edits: [removeProperty(context.document, p)] }],
        );
      }
    }
  },
};
