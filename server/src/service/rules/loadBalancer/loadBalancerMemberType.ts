import { LOAD_BALANCER_TYPE_LABEL, type LoadBalancerType } from '../../arn';
import { removeProperty } from '../../edits';
import { LOAD_BALANCER_MEMBER_TYPES } from '../../model/facts';
import { describeLoadBalancer } from '../../semantics/origin';
import { isArray, isObject, propertyValue, type ObjectNode, type Property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const loadBalancerMemberType: Rule = {
  id: 'load-balancer-member-type',
  severity: 'error',
  summary: 'Members that only some types of load balancer take are not given to the others.',
  constraint:
    'A Gateway Load Balancer has no scheme and no security groups; a customer-owned IPv4 pool and IPAM pools are for Application Load Balancers; IPv6 source NAT prefixes, and Elastic IP allocations, private IPv4 and IPv6 addresses in subnet mappings, are for Network Load Balancers.',
  sources: [
    apiSource('CreateLoadBalancer', 'Scheme'),
    apiSource('CreateLoadBalancer', 'SecurityGroups'),
    apiSource('CreateLoadBalancer', 'SubnetMappings'),
    apiSource('SubnetMapping', 'AllocationId'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const balancer of context.semantics.loadBalancers) {
      const fact = balancer.loadBalancer;
      if (balancer.operation === 'describe' || !fact) continue;
      const check = (object: ObjectNode, structure: string): void => {
        for (const p of object.properties) {
          const types = LOAD_BALANCER_MEMBER_TYPES[`${structure}.${p.key.value}`];
          if (!types || types.includes(fact.type) || emptyList(p)) continue;
          context.report(
            p.key,
            `\`${p.key.value}\` is for ${typesText(types)} only, and this is ${describeLoadBalancer(fact)}. Remove it, or choose another \`Type\`.`,
            [{ title: `Remove \`${p.key.value}\``, edits: [removeProperty(context.document, p)] }],
          );
        }
      };
      check(balancer.object, 'CreateLoadBalancerInput');
      const mappings = propertyValue(balancer.object, 'SubnetMappings');
      if (isArray(mappings))
        for (const item of mappings.items) if (isObject(item)) check(item, 'SubnetMapping');
    }
  },
};

/** `SecurityGroups: []` names no security group: nothing a gateway would refuse. */
function emptyList(p: Property): boolean {
  return p.value.type === 'array' && p.value.items.length === 0;
}

function typesText(types: readonly LoadBalancerType[]): string {
  return types.map((t) => `${LOAD_BALANCER_TYPE_LABEL[t]}s`).join(' and ');
}
