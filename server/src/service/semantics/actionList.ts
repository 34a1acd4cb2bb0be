// A list of actions and who runs it: a listener (its DefaultActions, the listener's default rule)
// or a listener rule (its Actions). The action rules, redirect rules and action-type completion
// ask about action lists, so whatever holds for a listener's default actions holds for a rule's
// actions too, and a template can hand in a rule whose listener is another of its resources.
import type { KindInfo } from '../documentKind';
import { isArray, isObject, propertyValue, type ArrayNode, type ObjectNode } from '../syntax/tree';
import type { LoadBalancerTypeFact } from './origin';

export type Operation = KindInfo['action'];

/** Who runs the actions. */
export type ActionOwner = 'listener' | 'listener-rule';

export interface ActionListFacts {
  owner: ActionOwner;
  /** The listener or rule object: a request's root, or an item of a describe output. */
  object: ObjectNode;
  /** The member that holds the list. */
  member: 'DefaultActions' | 'Actions';
  /** Unknown where the owner is looked at alone (completion in a half-typed document). */
  operation?: Operation;
  /**
   * The Protocol of the listener the actions run on, as written, valid or not. A rule's listener
   * protocol is only known when another layer says it (a template's Listener resource).
   */
  protocol?: string;
  /** The Port of that listener. */
  port?: number;
  /** The type of that listener's load balancer, with where it was read from. */
  loadBalancer?: LoadBalancerTypeFact;
  actionsNode?: ArrayNode;
  /** The items of the list that are objects, in document order. */
  actions: ObjectNode[];
}

/** The list `member` of the object and its object items. */
export function actionsOf(
  object: ObjectNode,
  member: ActionListFacts['member'],
): Pick<ActionListFacts, 'actionsNode' | 'actions'> {
  const node = propertyValue(object, member);
  return isArray(node) ? { actionsNode: node, actions: node.items.filter(isObject) } : { actions: [] };
}

/** "listener" or "rule", for messages: "a listener takes …", "this rule's …". */
export function ownerNoun(list: ActionListFacts): 'listener' | 'rule' {
  return list.owner === 'listener' ? 'listener' : 'rule';
}

/**
 * "this listener" or "this rule's listener": what a message names when it speaks of the listener
 * protocol or load balancer the actions run on.
 */
export function listenerOfList(list: ActionListFacts): string {
  return list.owner === 'listener' ? 'this listener' : "this rule's listener";
}
