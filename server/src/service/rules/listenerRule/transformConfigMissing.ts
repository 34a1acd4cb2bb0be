import { insertProperty } from '../../edits';
import { TRANSFORM_CONFIG_MEMBERS } from '../../model/ruleConditionFacts';
import { transformTypeOf } from '../../semantics/conditions';
import { isArray, isObject, property, propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { typeRange } from '../actions/actionHelpers';
import { LISTENER_RULE_RESOURCE_SCHEMA, TRANSFORM_CONFIG_SOURCES } from './transforms';

export const transformConfigMissing: Rule = {
  id: 'transform-config-missing',
  severity: 'error',
  summary: 'A transform has its type’s configuration, with at least one rewrite.',
  constraint:
    'A host-header-rewrite transform needs HostHeaderRewriteConfig and a url-rewrite transform UrlRewriteConfig, each with Rewrites listing at least one Regex and its Replace: a transform without a rewrite changes nothing.',
  sources: [
    ...TRANSFORM_CONFIG_SOURCES,
    apiSource('HostHeaderRewriteConfig', 'Rewrites'),
    LISTENER_RULE_RESOURCE_SCHEMA,
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const rule of context.semantics.rules) {
      for (const transform of rule.transforms) {
        const type = transformTypeOf(transform);
        const name = type && TRANSFORM_CONFIG_MEMBERS[type];
        if (!type || !name) continue;
        const config = property(transform, name);
        if (!config) {
          context.report(
            typeRange(transform),
            `A \`${type}\` transform needs \`${name}\` with the rewrite to apply, and this one has none. Add \`${name}\` with \`Rewrites\` (a \`Regex\` and its \`Replace\`).`,
            [
              {
                title: `Add \`${name}\``,
                edits: [
                  insertProperty(
                    context.document,
                    transform,
                    name,
                    context.document.syntax === 'json' ? '{"Rewrites": []}' : '{ Rewrites: [] }',
                  ),
                ],
              },
            ],
          );
          continue;
        }
        if (!isObject(config.value)) continue; // wrong-type
        const rewrites = propertyValue(config.value, 'Rewrites');
        if (rewrites && (!isArray(rewrites) || rewrites.items.length > 0)) continue;
        context.report(
          config.key,
          `\`${name}\` has ${rewrites ? 'an empty' : 'no'} \`Rewrites\` list, so this transform changes nothing. Add a rewrite (\`Regex\` and \`Replace\`), or remove the transform.`,
        );
      }
    }
  },
};
