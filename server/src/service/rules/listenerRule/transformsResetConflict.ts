import { removeProperty } from '../../edits';
import type { Fix } from '../../findings';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const transformsResetConflict: Rule = {
  id: 'transforms-reset-conflict',
  severity: 'error',
  summary: 'A ModifyRule request gives Transforms or ResetTransforms, not both.',
  constraint:
    'ModifyRule either replaces the transforms of the rule (Transforms) or removes them all (ResetTransforms); a request that gives both is refused, even with ResetTransforms false.',
  sources: [apiSource('ModifyRule', 'Transforms'), apiSource('ModifyRule', 'ResetTransforms')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const rule of context.semantics.rules) {
      const reset = property(rule.object, 'ResetTransforms');
      if (rule.operation !== 'modify' || !reset || !property(rule.object, 'Transforms')) continue;
      const harmless = reset.value.type === 'scalar' && reset.value.value === false;
      const fixes: Fix[] = harmless
        ? [{ title: 'Remove `ResetTransforms`', edits: [removeProperty(context.document, reset)] }]
        : [];
      context.report(
        reset.key,
        harmless
          ? '`ResetTransforms` cannot be given together with `Transforms`, not even as false. Remove `ResetTransforms`.'
          : '`ResetTransforms` removes all transforms and `Transforms` replaces them: a request gives one or the other. Remove `Transforms` to drop them all, or `ResetTransforms` to set new ones.',
        fixes,
      );
    }
  },
};
