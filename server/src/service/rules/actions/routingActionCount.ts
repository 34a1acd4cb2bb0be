import { ROUTING_ACTION_TYPES } from '../../model/facts';
import { keyRangeOf } from '../../syntax/tree';
import { listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';
import { ownerNoun } from '../../semantics/actionList';
import { actionTypeOf, knownActionTypes, routingActions } from '../../semantics/actions';
import { typeRange } from './actionHelpers';

export const routingActionCount: Rule = {
  id: 'routing-action-count',
  severity: 'error',
  summary: 'A listener or rule has exactly one routing action (forward, fixed-response or redirect).',
  constraint:
    'The default actions of a listener, and the actions of a listener rule, end in one routing action that decides where the request goes: forward, fixed-response or redirect. Without one the request has nowhere to go; a second one could never run.',
  sources: [
    apiSource('Action', 'Type'),
    apiSource('CreateListener', 'DefaultActions'),
    apiSource('Rule', 'Actions'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const list of context.semantics.actionLists) {
      if (!list.actionsNode) continue;
      const routing = routingActions(list);
      // "None" is only known when every action's type is.
      if (routing.length === 0 && knownActionTypes(list)) {
        context.report(
          keyRangeOf(list.actionsNode),
          `\`${list.member}\` has no routing action: a ${ownerNoun(list)} needs exactly one action of type ${listOf(ROUTING_ACTION_TYPES)} to decide where requests go. Add one.`,
        );
      }
      const [first, ...extras] = routing;
      const firstType = first ? actionTypeOf(first) : undefined;
      for (const extra of extras) {
        context.report(
          typeRange(extra),
          `A ${ownerNoun(list)} takes only one routing action (${listOf(ROUTING_ACTION_TYPES)}), and this \`${actionTypeOf(extra) ?? ''}\` action comes after a \`${firstType ?? ''}\` one: only one of them could ever run. Remove one of the two.`,
        );
      }
    }
  },
};
