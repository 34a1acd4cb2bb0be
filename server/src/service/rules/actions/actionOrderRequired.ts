import { insertProperty } from '../../edits';
import { factsFor } from '../../model/facts';
import { anchorOf, property, type ObjectNode } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { ownerNoun } from '../../semantics/actionList';
import { actionTypeOf, isRoutingAction, orderOf } from '../../semantics/actions';

const MAX_ORDER = factsFor('Action', 'Order')?.range?.max ?? Infinity;

export const actionOrderRequired: Rule = {
  id: 'action-order-required',
  severity: 'error',
  summary: 'Every action has an Order when a listener or rule has more than one action.',
  constraint:
    'With a single action the Order may be left out; as soon as a listener (its default actions) or a listener rule has several actions, each one needs an Order so the load balancer knows which runs first.',
  sources: [apiSource('Action', 'Order')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const list of context.semantics.actionLists) {
      const actions = list.actions;
      if (actions.length < 2) continue;
      // Number the actions lacking an Order after the highest one (by position when no action has
      // one), routing actions last, so that the fixes together also put the routing action last.
      const isRouting = (a: ObjectNode): boolean => isRoutingAction(actionTypeOf(a));
      const missing = actions.filter((a) => !property(a, 'Order'));
      if (missing.length === 0) continue;
      const numbered = [...missing.filter((a) => !isRouting(a)), ...missing.filter(isRouting)];
      const highest =
        missing.length === actions.length ? 0 : Math.max(0, ...actions.map((a) => orderOf(a) ?? 0));
      for (const action of missing) {
        const next = highest + numbered.indexOf(action) + 1;
        const type = property(action, 'Type');
        const advice = next > MAX_ORDER ? 'Add an `Order`.' : `Add \`Order: ${next}\`.`;
        context.report(
          type ? type.key : anchorOf(action),
          `This action has no \`Order\`, but the ${ownerNoun(list)} has ${actions.length} actions: each of them needs an \`Order\` to say when it runs (lowest first, the routing action last). ${advice}`,
          next > MAX_ORDER
            ? []
            : [
                {
                  title: `Add \`Order: ${next}\``,
                  edits: [insertProperty(context.document, action, 'Order', String(next))],
                },
              ],
        );
      }
    }
  },
};
