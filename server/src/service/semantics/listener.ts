// What is known about one listener: its protocol, port, load-balancer type and actions.
import type { KindInfo } from '../documentKind';
import {
  isArray,
  isObject,
  numberValue,
  propertyValue,
  stringValue,
  type ArrayNode,
  type ObjectNode,
} from '../syntax/tree';
import { isTemplatePlaceholder } from '../placeholders';
import { typeFromArnNode, type LoadBalancerTypeFact } from './origin';
import { knownProtocol, listenerProtocolsFor } from './protocols';

export type Operation = KindInfo['action'];

export interface ListenerFacts {
  object: ObjectNode;
  /** Unknown where a listener is looked at alone (completion in a half-typed document). */
  operation?: Operation;
  /** The Protocol value as written, valid or not. */
  protocol?: string;
  port?: number;
  /** The type of the listener's load balancer, when the document says it. */
  loadBalancer?: LoadBalancerTypeFact;
  actionsNode?: ArrayNode;
  /** The DefaultActions items that are objects, in document order. */
  actions: ObjectNode[];
}

/** The members whose ARN names the listener's load-balancer type, in the order they are trusted. */
const TYPE_FROM: readonly string[] = ['LoadBalancerArn', 'ListenerArn'];

/** The facts of a listener object (a request's root, or an item of a describe output). */
export function listenerFacts(object: ObjectNode, operation?: Operation): ListenerFacts {
  const facts: ListenerFacts = { object, actions: [] };
  if (operation) facts.operation = operation;
  const protocol = writtenValue(stringValue(object, 'Protocol'));
  if (protocol !== undefined) facts.protocol = protocol;
  const port = numberValue(object, 'Port');
  if (port !== undefined) facts.port = port;
  for (const name of TYPE_FROM) {
    const fact = typeFromArnNode(propertyValue(object, name));
    if (fact) {
      facts.loadBalancer = fact;
      break;
    }
  }
  const actions = propertyValue(object, 'DefaultActions');
  if (isArray(actions)) {
    facts.actionsNode = actions;
    facts.actions = actions.items.filter(isObject);
  }
  return facts;
}

/** The listener's protocol, when it is given and is one of the API's protocols. */
export function validListenerProtocol(listener: ListenerFacts): string | undefined {
  return knownProtocol(listener.protocol);
}

/** The protocols the listener may use: those of its load balancer's type, or all when unknown. */
export function allowedListenerProtocols(listener: ListenerFacts): readonly string[] {
  return listenerProtocolsFor(listener.loadBalancer?.type);
}

/** A value as written, unless it is a placeholder still to be filled in: then it is not known. */
export function writtenValue(value: string | undefined): string | undefined {
  return value === undefined || value === '' || isTemplatePlaceholder(value) ? undefined : value;
}
