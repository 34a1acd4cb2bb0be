import { keyRangeOf } from '../../syntax/tree';
import { isDefaultRule } from '../../semantics/rule';
import { apiSource, type Rule } from '../rule';
import { LISTENER_RULES_GUIDE, TRANSFORMS_GUIDE } from './common';

export const ruleConditionsRequired: Rule = {
  id: 'rule-conditions-required',
  severity: 'error',
  summary: 'A listener rule has at least one condition; the default rule has none, and no transforms.',
  constraint:
    "Each rule a listener evaluates in priority order has one or more conditions (a CreateRule request with an empty Conditions list is refused). The listener's default rule, which describe outputs show with IsDefault true, is the one without conditions, and it takes no transforms either.",
  sources: [apiSource('CreateRule', '(description)'), LISTENER_RULES_GUIDE, TRANSFORMS_GUIDE],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const rule of context.semantics.rules) {
      const list = rule.conditionsNode;
      if (isDefaultRule(rule)) {
        if (list && list.items.length > 0)
          context.report(
            keyRangeOf(list),
            "This is the listener's default rule, which applies when no other rule's conditions match: it has no conditions. Remove them, or describe another rule.",
          );
        if (rule.transformsNode && rule.transformsNode.items.length > 0)
          context.report(keyRangeOf(rule.transformsNode), "The listener's default rule takes no transforms.");
        continue;
      }
      // A request without Conditions is reported by missing-required-member (CreateRule) or keeps
      // the rule's conditions (ModifyRule); an empty list is refused either way. (A
      // SetRulePriorities pair has no Conditions.)
      if (list && list.items.length === 0)
        context.report(
          keyRangeOf(list),
          '`Conditions` is empty, but a rule needs at least one condition to say which requests it takes (only the default rule has none). Add a condition.',
        );
    }
  },
};
