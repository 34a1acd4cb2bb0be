import { removeProperty } from '../../edits';
import { TRANSFORM_CONFIG_MEMBERS } from '../../model/ruleConditionFacts';
import { transformTypeOf } from '../../semantics/conditions';
import type { Rule } from '../rule';
import { TRANSFORM_CONFIG_SOURCES } from './transforms';

/** Each configuration member and the transform type it belongs to. */
const TYPE_OF_CONFIG = new Map(Object.entries(TRANSFORM_CONFIG_MEMBERS).map(([type, m]) => [m, type]));

export const transformConfigMismatch: Rule = {
  id: 'transform-config-mismatch',
  severity: 'error',
  summary: "A transform carries only its own type's configuration block.",
  constraint:
    'HostHeaderRewriteConfig belongs to host-header-rewrite transforms and UrlRewriteConfig to url-rewrite transforms; a transform of the other type must not carry it.',
  sources: TRANSFORM_CONFIG_SOURCES,
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const rule of context.semantics.rules) {
      for (const transform of rule.transforms) {
        const type = transformTypeOf(transform);
        if (!type) continue;
        for (const p of transform.properties) {
          const owner = TYPE_OF_CONFIG.get(p.key.value);
          if (!owner || owner === type) continue;
          context.report(
            p.key,
            `\`${p.key.value}\` belongs to \`${owner}\` transforms, but this transform is \`${type}\`, which is configured with \`${TRANSFORM_CONFIG_MEMBERS[type] ?? ''}\`. Remove \`${p.key.value}\`, or change the \`Type\` to \`${owner}\`.`,
            [{ title: `Remove \`${p.key.value}\``, edits: [removeProperty(context.document, p)] }],
          );
        }
      }
    }
  },
};
