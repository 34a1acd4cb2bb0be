// What the action rules read from a listener's actions: their types, their Order values and the
// order the load balancer performs them in.
import { enumValues, member } from '../../model/apiModel';
import type { Range } from '../../findings';
import { ACTION_CONFIG_MEMBERS } from '../../model/facts';
import type { ListenerScope } from '../../scopes';
import { anchorOf, numberValue, property, type ObjectNode } from '../../syntax/tree';
import { apiSource, type RuleSource } from '../rule';

function enumOf(structure: string, memberName: string): readonly string[] {
  const type = member(structure, memberName)?.type;
  return type?.kind === 'enum' ? enumValues(type.name) : [];
}

/** Every action type the API knows. */
export const ACTION_TYPES: readonly string[] = enumOf('Action', 'Type');
/** Every listener protocol the API knows. */
export const LISTENER_PROTOCOL_VALUES: readonly string[] = enumOf('CreateListenerInput', 'Protocol');

/** The action's Type, when it is one the API knows. */
export function actionTypeOf(action: ObjectNode): string | undefined {
  const value = property(action, 'Type')?.value;
  return value?.type === 'scalar' && typeof value.value === 'string' && ACTION_TYPES.includes(value.value)
    ? value.value
    : undefined;
}

/**
 * The types of all of a listener's actions, or undefined when one of them is not an object or
 * has no known Type: then which actions the listener has is not known, and rules stay quiet.
 */
export function knownTypes(listener: ListenerScope): string[] | undefined {
  if (!listener.actionsNode || listener.actionsNode.items.length !== listener.actions.length)
    return undefined;
  const types = listener.actions.map(actionTypeOf);
  return types.every((t): t is string => t !== undefined) ? types : undefined;
}

/** Where to report about an action: its Type value, else its Type key, else the action itself. */
export function typeRange(action: ObjectNode): Range {
  const p = property(action, 'Type');
  if (!p) return anchorOf(action);
  return p.value.type === 'scalar' && p.value.end > p.value.start ? p.value : p.key;
}

/** The action's Order, when it is an integer. */
export function orderOf(action: ObjectNode): number | undefined {
  const order = numberValue(action, 'Order');
  return order !== undefined && Number.isInteger(order) ? order : undefined;
}

/**
 * The actions in the order they are performed: by Order when every action has one, by list
 * position when none has one (or there is a single action); undefined when only some have one.
 */
export function performanceOrder(actions: readonly ObjectNode[]): ObjectNode[] | undefined {
  if (actions.length <= 1 || actions.every((a) => !property(a, 'Order'))) return [...actions];
  const orders = actions.map(orderOf);
  if (!orders.every((o) => o !== undefined)) return undefined;
  return actions
    .map((action, i) => ({ action, order: orders[i] ?? 0 }))
    .sort((a, b) => a.order - b.order)
    .map((e) => e.action);
}

/** The Action members whose documentation says which type each configuration belongs to. */
export const ACTION_CONFIG_SOURCES: RuleSource[] = Object.values(ACTION_CONFIG_MEMBERS)
  .flat()
  .map((member) => apiSource('Action', member));
