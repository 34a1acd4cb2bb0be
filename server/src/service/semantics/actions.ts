// What an action list (a listener's DefaultActions, a rule's Actions) holds and may still take: its
// routing and authentication actions, the order they run in, and which action types a listener of
// its protocol and load-balancer type accepts. The action rules and action-type completion both
// ask here.
import { enumValues, member } from '../model/apiModel';
import {
  APPLICATION_ONLY_ACTION_TYPES,
  AUTHENTICATION_ACTION_TYPES,
  ROUTING_ACTION_TYPES,
} from '../model/facts';
import { numberValue, property, type ObjectNode } from '../syntax/tree';
import type { ActionListFacts } from './actionList';
import { validListenerProtocol } from './listener';

function enumOf(structure: string, memberName: string): readonly string[] {
  const type = member(structure, memberName)?.type;
  return type?.kind === 'enum' ? enumValues(type.name) : [];
}

/** Every action type the API knows. */
export const ACTION_TYPES: readonly string[] = enumOf('Action', 'Type');

export function isRoutingAction(type: string | undefined): boolean {
  return type !== undefined && ROUTING_ACTION_TYPES.includes(type);
}

export function isAuthenticationAction(type: string | undefined): boolean {
  return type !== undefined && AUTHENTICATION_ACTION_TYPES.includes(type);
}

/** The action's Type, when it is one the API knows. */
export function actionTypeOf(action: ObjectNode): string | undefined {
  const value = property(action, 'Type')?.value;
  return value?.type === 'scalar' && typeof value.value === 'string' && ACTION_TYPES.includes(value.value)
    ? value.value
    : undefined;
}

/**
 * The types of all the actions of a list, or undefined when one of them is not an object or has
 * no known Type: then which actions the list has is not known, and rules stay quiet.
 */
export function knownActionTypes(listener: ActionListFacts): string[] | undefined {
  if (!listener.actionsNode || listener.actionsNode.items.length !== listener.actions.length)
    return undefined;
  const types = listener.actions.map(actionTypeOf);
  return types.every((t): t is string => t !== undefined) ? types : undefined;
}

/** The list's routing actions (forward, fixed-response, redirect), in document order. */
export function routingActions(listener: ActionListFacts, except?: ObjectNode): ObjectNode[] {
  return listener.actions.filter((a) => a !== except && isRoutingAction(actionTypeOf(a)));
}

/** The list's authentication actions, in document order. */
export function authenticationActions(listener: ActionListFacts, except?: ObjectNode): ObjectNode[] {
  return listener.actions.filter((a) => a !== except && isAuthenticationAction(actionTypeOf(a)));
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

/**
 * Why the listener of an action list cannot run an action of this type at all, whatever the
 * list's other actions are.
 */
export type ActionRefusal =
  /** Redirect, fixed-response and authentication need an Application Load Balancer. */
  | 'needs-application-load-balancer'
  /** Authentication needs an HTTPS listener. */
  | 'needs-https';

export function actionRefusal(listener: ActionListFacts, type: string): ActionRefusal | undefined {
  const lbType = listener.loadBalancer?.type;
  if (lbType && lbType !== 'application' && APPLICATION_ONLY_ACTION_TYPES.includes(type))
    return 'needs-application-load-balancer';
  const protocol = validListenerProtocol(listener);
  // Only when the protocol is known: a ModifyListener request may leave it out, and a rule
  // document does not say its listener's.
  if (isAuthenticationAction(type) && protocol !== undefined && protocol !== 'HTTPS') return 'needs-https';
  return undefined;
}

/**
 * True when the list could take one more action of this type beside its actions other than
 * `except`: one routing action and one authentication action at most, and none its listener
 * refuses.
 */
export function canTakeAction(listener: ActionListFacts, type: string, except?: ObjectNode): boolean {
  if (isRoutingAction(type) && routingActions(listener, except).length > 0) return false;
  if (isAuthenticationAction(type) && authenticationActions(listener, except).length > 0) return false;
  return actionRefusal(listener, type) === undefined;
}
