// What is known about one listener: its protocol, port, load-balancer type and default actions.
import { numberValue, propertyValue, stringValue, type ObjectNode } from '../syntax/tree';
import { actionsOf, type ActionListFacts, type Operation } from './actionList';
import { typeFromArnNode } from './origin';
import { isTemplatePlaceholder } from '../placeholders';
import { knownProtocol, listenerProtocolsFor } from './protocols';

/** A listener: the owner of its DefaultActions, with its own protocol, port and load balancer. */
export interface ListenerFacts extends ActionListFacts {
  owner: 'listener';
  member: 'DefaultActions';
}

/** The members whose ARN names the listener's load-balancer type, in the order they are trusted. */
const TYPE_FROM: readonly string[] = ['LoadBalancerArn', 'ListenerArn'];

/** The facts of a listener object (a request's root, or an item of a describe output). */
export function listenerFacts(object: ObjectNode, operation?: Operation): ListenerFacts {
  const facts: ListenerFacts = {
    owner: 'listener',
    object,
    member: 'DefaultActions',
    ...actionsOf(object, 'DefaultActions'),
  };
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
  return facts;
}

/**
 * The protocol of the listener (of a rule: of its listener), when it is known and is one of the
 * API's protocols.
 */
export function validListenerProtocol(listener: ActionListFacts): string | undefined {
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
