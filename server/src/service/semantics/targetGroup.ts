// What is known about one target group: its protocol, target type and load-balancer type.
import { isArray, propertyValue, stringValue, type ObjectNode } from '../syntax/tree';
import type { Operation } from './actionList';
import { writtenValue } from './listener';
import { typeFromArnNode, type LoadBalancerTypeFact } from './origin';
import { loadBalancerTypeOfTargetGroupProtocol, targetGroupProtocolsFor } from './protocols';

export interface TargetGroupFacts {
  object: ObjectNode;
  /** Unknown where a target group is looked at alone (completion in a half-typed document). */
  operation?: Operation;
  /** The Protocol value as written, valid or not. */
  protocol?: string;
  targetType?: string;
  /**
   * The type of load balancer the target group serves: from the ARNs of its load balancers, else
   * from its protocol (only one type takes each target-group protocol).
   */
  loadBalancer?: LoadBalancerTypeFact;
}

export function targetGroupFacts(object: ObjectNode, operation?: Operation): TargetGroupFacts {
  const facts: TargetGroupFacts = { object };
  if (operation) facts.operation = operation;
  const protocol = writtenValue(stringValue(object, 'Protocol'));
  if (protocol !== undefined) facts.protocol = protocol;
  const targetType = writtenValue(stringValue(object, 'TargetType'));
  if (targetType !== undefined) facts.targetType = targetType;
  const loadBalancer = typeFromLoadBalancerArns(object) ?? typeFromProtocol(object);
  if (loadBalancer) facts.loadBalancer = loadBalancer;
  return facts;
}

/** The load-balancer type named by the first typed ARN of `LoadBalancerArns`. */
function typeFromLoadBalancerArns(object: ObjectNode): LoadBalancerTypeFact | undefined {
  const arns = propertyValue(object, 'LoadBalancerArns');
  if (!isArray(arns)) return undefined;
  for (const item of arns.items) {
    const fact = typeFromArnNode(item);
    if (fact) return fact;
  }
  return undefined;
}

function typeFromProtocol(object: ObjectNode): LoadBalancerTypeFact | undefined {
  const node = propertyValue(object, 'Protocol');
  if (node?.type !== 'scalar' || typeof node.value !== 'string') return undefined;
  const type = loadBalancerTypeOfTargetGroupProtocol(node.value);
  return type ? { type, node, via: 'protocol', explanation: `its protocol is \`${node.value}\`` } : undefined;
}

/**
 * The protocols the target group may use. Only a type read from an ARN narrows them: a type
 * inferred from the protocol itself says nothing about which protocol is right.
 */
export function allowedTargetGroupProtocols(group: TargetGroupFacts): readonly string[] {
  return targetGroupProtocolsFor(group.loadBalancer?.via === 'arn' ? group.loadBalancer.type : undefined);
}
