import { replaceNode } from '../../edits';
import type { Fix } from '../../findings';
import { factsFor } from '../../model/facts';
import type { ActionListFacts } from '../../semantics/actionList';
import { property, type ObjectNode, type ParsedDocument } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { knownActionTypes, orderOf, performanceOrder, routingActions } from '../../semantics/actions';
import { typeRange } from './actionHelpers';

const MAX_ORDER = factsFor('Action', 'Order')?.range?.max ?? Infinity;

export const routingActionLast: Rule = {
  id: 'routing-action-last',
  severity: 'error',
  summary: 'The routing action (forward, fixed-response or redirect) is the last action performed.',
  constraint:
    'Actions run from the lowest Order to the highest (in list order when no action has an Order), and the routing action ends the request, so it needs the highest Order: an authentication action placed after it would never run.',
  sources: [apiSource('Action', 'Type'), apiSource('Action', 'Order')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const list of context.semantics.actionLists) {
      const types = knownActionTypes(list);
      if (!types) continue;
      const routing = routingActions(list);
      const order = performanceOrder(list.actions);
      const [action] = routing;
      // With no routing action, or several, routing-action-count reports instead.
      if (routing.length !== 1 || !action || !order) continue;
      const type = types[list.actions.indexOf(action)] ?? '';
      const ownOrder = orderOf(action);
      const byOrder = ownOrder !== undefined && order.length > 1;
      const others = order.filter((a) => a !== action);
      const highest = others[others.length - 1];
      const highestOrder = highest && orderOf(highest);
      if (
        byOrder ? highestOrder === undefined || ownOrder > highestOrder : order[order.length - 1] === action
      )
        continue;
      const tie = byOrder && highestOrder === ownOrder;
      context.report(
        typeRange(action),
        byOrder
          ? `The \`${type}\` action ends the request, so it must be performed last, but ${tie ? 'another action has the same' : 'another action has a higher'} \`Order\`. Give the \`${type}\` action the highest \`Order\`.`
          : `The \`${type}\` action ends the request, so it must be performed last, but it is not the last item of \`${list.member}\` (and no action has an \`Order\`). Move it to the end of the list.`,
        byOrder ? orderFix(context.document, action, highest) : positionFix(context.document, list, action),
      );
    }
  },
};

function orderFix(document: ParsedDocument, action: ObjectNode, highest: ObjectNode | undefined): Fix[] {
  const own = property(action, 'Order')?.value;
  const other = highest && property(highest, 'Order')?.value;
  const ownOrder = orderOf(action);
  const otherOrder = highest && orderOf(highest);
  if (!own || !other || ownOrder === undefined || otherOrder === undefined) return [];
  if (ownOrder === otherOrder) {
    if (otherOrder + 1 > MAX_ORDER) return [];
    return [
      { title: `Change \`Order\` to ${otherOrder + 1}`, edits: [replaceNode(document, own, otherOrder + 1)] },
    ];
  }
  return [
    {
      title: `Swap the \`Order\` values ${ownOrder} and ${otherOrder}`,
      edits: [replaceNode(document, own, otherOrder), replaceNode(document, other, ownOrder)],
    },
  ];
}

/** Swaps the routing action with the last item, when both are written the same way. */
function positionFix(document: ParsedDocument, list: ActionListFacts, action: ObjectNode): Fix[] {
  const { text } = document;
  const last = list.actionsNode?.items[list.actionsNode.items.length - 1];
  if (!last || last.start <= action.end) return [];
  // In YAML, two block items at the same indentation (or two flow mappings) can trade places.
  const prefix = (offset: number): string => text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const sameBlock = /^ *- +$/.test(prefix(action.start)) && prefix(action.start) === prefix(last.start);
  const bothFlow = text[action.start] === '{' && text[last.start] === '{';
  if (document.syntax === 'yaml' && !sameBlock && !bothFlow) return [];
  return [
    {
      title: 'Move the routing action to the end of the list',
      edits: [
        { start: action.start, end: action.end, newText: text.slice(last.start, last.end) },
        { start: last.start, end: last.end, newText: text.slice(action.start, action.end) },
      ],
    },
  ];
}
