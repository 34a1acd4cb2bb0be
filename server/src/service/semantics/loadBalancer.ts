// What is known about one load balancer: its type (with where it was read from), scheme and IP
// address type, stated or by default. A CreateLoadBalancer request, an item of a
// describe-load-balancers output, or (for the template layer) the Properties of an
// AWS::ElasticLoadBalancingV2::LoadBalancer resource, whose property names are the API's.
import { LOAD_BALANCER_TYPE_LABEL, type LoadBalancerType } from '../arn';
import { enumValues } from '../model/apiModel';
import { DEFAULT_LOAD_BALANCER_TYPE, DEFAULT_SCHEME } from '../model/facts';
import { propertyValue, stringValue, type Node, type ObjectNode } from '../syntax/tree';
import type { Operation } from './actionList';
import { typeFromArnNode, type LoadBalancerTypeFact } from './origin';

/** A value of the load balancer, as written or by default. */
export interface StatedValue {
  value: string;
  /** The value node; undefined when the value is the documented default. */
  node?: Node;
}

export interface LoadBalancerFacts {
  object: ObjectNode;
  operation?: Operation;
  /**
   * Its type: from `Type`, else from its ARN, else (for a new load balancer) the default,
   * `application`. Undefined when `Type` holds a value the API does not know.
   */
  loadBalancer?: LoadBalancerTypeFact;
  /** `internet-facing` or `internal`; a new load balancer other than a gateway defaults to internet-facing. */
  scheme?: StatedValue;
  /** As written (the reference states no default). */
  ipAddressType?: StatedValue;
}

/** The facts of a load-balancer object. `operation` `create` fills in the documented defaults. */
export function loadBalancerFacts(object: ObjectNode, operation?: Operation): LoadBalancerFacts {
  const facts: LoadBalancerFacts = { object };
  if (operation) facts.operation = operation;
  const creates = operation === 'create';
  const type = typeOf(object, creates);
  if (type) facts.loadBalancer = type;
  const scheme = stated(object, 'Scheme');
  if (scheme) facts.scheme = scheme;
  else if (creates && type && type.type !== 'gateway') facts.scheme = { value: DEFAULT_SCHEME };
  const ipAddressType = stated(object, 'IpAddressType');
  if (ipAddressType) facts.ipAddressType = ipAddressType;
  return facts;
}

function stated(object: ObjectNode, name: string): StatedValue | undefined {
  const node = propertyValue(object, name);
  const value = stringValue(object, name);
  return node && value !== undefined ? { value, node } : undefined;
}

function typeOf(object: ObjectNode, creates: boolean): LoadBalancerTypeFact | undefined {
  const node = propertyValue(object, 'Type');
  if (node) {
    if (node.type !== 'scalar' || typeof node.value !== 'string') return undefined;
    const value = node.value;
    if (!enumValues('LoadBalancerTypeEnum').includes(value)) return undefined;
    return {
      type: value as LoadBalancerType,
      node,
      via: 'type',
      explanation: `its \`Type\` is \`${value}\``,
    };
  }
  const fromArn = typeFromArnNode(propertyValue(object, 'LoadBalancerArn'));
  if (fromArn) return fromArn;
  if (!creates) return undefined;
  const label = LOAD_BALANCER_TYPE_LABEL[DEFAULT_LOAD_BALANCER_TYPE];
  return {
    type: DEFAULT_LOAD_BALANCER_TYPE,
    node: object,
    via: 'default',
    explanation: `it names no \`Type\`, and an ${label} is the default`,
  };
}
