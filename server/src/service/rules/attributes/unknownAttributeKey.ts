import { replaceNode } from '../../edits';
import { ATTRIBUTES, attributesOf as specsOf, resourcesOfKey } from '../../model/attributes';
import { applicableKeys, resourceNoun, type AttributeSet } from '../../semantics/attributes';
import type { Rule } from '../rule';
import {
  ATTRIBUTE_KEY_SOURCES,
  attributeNoun,
  attributesOf,
  closestKey,
  malformedKey,
} from './attributeHelpers';

export const unknownAttributeKey: Rule = {
  id: 'unknown-attribute-key',
  severity: 'error',
  summary: 'An attribute key is one the API reference lists for that resource.',
  constraint:
    'Target groups, load balancers and listeners each take their own list of attribute keys; the API refuses a key it does not list for the resource, and keys are case-sensitive.',
  sources: ATTRIBUTE_KEY_SOURCES,
  scope: 'document',
  fixable: true,
  check(context) {
    // The keys that fit each set, built once per set and only for listed findings.
    const fittingKeys = new Map<AttributeSet, string[]>();
    for (const { set, key, keyNode } of attributesOf(context)) {
      const resource = set.owner.resource;
      const owners = resourcesOfKey(key);
      const known = resource ? owners.includes(resource) : owners.length > 0;
      if (known || malformedKey(key)) continue;
      context.reportLazily(keyNode, () => {
        // Prefer the keys that fit what is known of the resource; else any key of it.
        // A key of another resource is no typo: say whose it is instead.
        let fitting = fittingKeys.get(set);
        if (!fitting) fittingKeys.set(set, (fitting = applicableKeys(set).map((s) => s.key)));
        const all = (resource ? specsOf(resource) : ATTRIBUTES).map((s) => s.key);
        const suggestion = owners.length > 0 ? undefined : (closestKey(key, fitting) ?? closestKey(key, all));
        const what = resource ? `a ${attributeNoun(resource)}` : 'an attribute of any resource';
        const elsewhere =
          resource && owners.length > 0
            ? ` It is ${owners.map((o) => `a ${attributeNoun(o)}`).join(' and ')}, which ${resourceNoun(resource)} does not take.`
            : '';
        const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
        return {
          message: `\`${key}\` is not ${what} the API reference lists.${elsewhere}${hint}`,
          fixes: suggestion
            ? [
                {
                  title: `Change to \`${suggestion}\``,
                  edits: [replaceNode(context.document, keyNode, suggestion)],
                },
              ]
            : undefined,
        };
      });
    }
  },
};
