// Which API structures are listeners, target groups and load balancers: derived once from the document
// kinds, so completion, hover, symbols and the rules never keep lists of their own.
import { KINDS } from '../documentKind';

function structuresOf(resource: 'listener' | 'target-group' | 'load-balancer'): readonly string[] {
  return [...new Set(KINDS.filter((k) => k.resource === resource).map((k) => k.resourceStructure))];
}

/** CreateListenerInput, ModifyListenerInput and Listener. */
export const LISTENER_STRUCTURES: readonly string[] = structuresOf('listener');
/** CreateTargetGroupInput, ModifyTargetGroupInput and TargetGroup. */
export const TARGET_GROUP_STRUCTURES: readonly string[] = structuresOf('target-group');

/** CreateLoadBalancerInput and LoadBalancer. */
export const LOAD_BALANCER_STRUCTURES: readonly string[] = structuresOf('load-balancer');

export function isListenerStructure(structure: string): boolean {
  return LISTENER_STRUCTURES.includes(structure);
}

export function isTargetGroupStructure(structure: string): boolean {
  return TARGET_GROUP_STRUCTURES.includes(structure);
}
