import { TRANSFORMS_PER_TYPE } from '../../model/ruleConditionFacts';
import { transformTypeOf } from '../../semantics/conditions';
import { apiSource, type Rule } from '../rule';
import { typeRange } from '../actions/actionHelpers';
import { TRANSFORMS_GUIDE } from './common';

export const transformTypeCount: Rule = {
  id: 'transform-type-count',
  severity: 'error',
  summary: 'A rule has at most one host-header-rewrite and one url-rewrite transform.',
  constraint:
    'A rule may rewrite the host header once and the URL once: one transform of each type at most. Several rewrites of the same part go into the Rewrites list of that one transform.',
  sources: [apiSource('CreateRule', 'Transforms'), apiSource('ModifyRule', 'Transforms'), TRANSFORMS_GUIDE],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const rule of context.semantics.rules) {
      const count = new Map<string, number>();
      for (const transform of rule.transforms) {
        const type = transformTypeOf(transform);
        if (!type) continue;
        const n = (count.get(type) ?? 0) + 1;
        count.set(type, n);
        if (n <= TRANSFORMS_PER_TYPE) continue;
        context.report(
          typeRange(transform),
          `A rule takes one \`${type}\` transform, and this is another one. Merge its rewrites into the first one's \`Rewrites\`.`,
        );
      }
    }
  },
};
