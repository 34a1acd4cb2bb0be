// Where a fact about a resource comes from, so that a message can say why elbv2-ls believes it.
import {
  LOAD_BALANCER_TYPE_LABEL,
  loadBalancerTypeOfArn,
  parseArn,
  resourceTypeOf,
  type LoadBalancerType,
} from '../arn';
import { owningProperty, type Node } from '../syntax/tree';

/** A load-balancer type and the value it was read from. */
export interface LoadBalancerTypeFact {
  type: LoadBalancerType;
  /**
   * The value that says it: an ARN, a target group's protocol, a load balancer's `Type` (or the
   * load balancer itself when the type is its default), or an attribute only one type takes.
   */
  node: Node;
  via: 'arn' | 'protocol' | 'type' | 'default' | 'attribute';
  /** How a message names the source: "its `LoadBalancerArn` names `loadbalancer/app/…`". */
  explanation: string;
}

/** The load-balancer type an ARN value names, with where it was read from. */
export function typeFromArnNode(node: Node | undefined): LoadBalancerTypeFact | undefined {
  if (node?.type !== 'scalar' || typeof node.value !== 'string') return undefined;
  const type = loadBalancerTypeOfArn(node.value);
  if (!type) return undefined;
  const arn = parseArn(node.value);
  // The member holding the ARN, or the list member it is an item of (LoadBalancerArns).
  const list = node.parent && 'type' in node.parent ? node.parent : undefined;
  const member = owningProperty(list ?? node)?.key.value;
  const segment = arn ? (/^[^/]+\/[^/]+\//.exec(arn.resource)?.[0] ?? `${resourceTypeOf(arn)}/`) : '';
  const explanation = member && arn ? `its \`${member}\` names \`${segment}…\`` : '';
  return { type, node, via: 'arn', explanation };
}

/** "an Application Load Balancer (its `LoadBalancerArn` names `loadbalancer/app/…`)". */
export function describeLoadBalancer(fact: LoadBalancerTypeFact | undefined): string {
  if (!fact) return 'an unknown load balancer';
  const label = LOAD_BALANCER_TYPE_LABEL[fact.type];
  const article = /^[AEIOU]/.test(label) ? 'an' : 'a';
  return fact.explanation ? `${article} ${label} (${fact.explanation})` : `${article} ${label}`;
}
