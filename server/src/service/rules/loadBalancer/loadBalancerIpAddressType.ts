import { replaceNode } from '../../edits';
import { INTERNAL_IP_ADDRESS_TYPES, IP_ADDRESS_TYPES } from '../../model/facts';
import { describeLoadBalancer } from '../../semantics/origin';
import { closest, listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';

export const loadBalancerIpAddressType: Rule = {
  id: 'load-balancer-ip-address-type',
  severity: 'error',
  summary: 'The IP address type is one the load balancer’s type and scheme take.',
  constraint:
    'Application Load Balancers take ipv4, dualstack or dualstack-without-public-ipv4; Network and Gateway Load Balancers take ipv4 or dualstack; an internal load balancer uses ipv4.',
  sources: [apiSource('CreateLoadBalancer', 'IpAddressType')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const balancer of context.semantics.loadBalancers) {
      const ip = balancer.ipAddressType;
      if (balancer.operation === 'describe' || !ip?.node) continue;
      const fact = balancer.loadBalancer;
      const allowed = fact ? IP_ADDRESS_TYPES[fact.type] : undefined;
      if (
        fact &&
        allowed &&
        Object.values(IP_ADDRESS_TYPES).flat().includes(ip.value) &&
        !allowed.includes(ip.value)
      ) {
        // `dualstack-without-public-ipv4` keeps its dual stack on a type that only has `dualstack`.
        const suggestion =
          allowed.find((a) => ip.value.startsWith(a)) ?? closest(ip.value, allowed) ?? allowed[0];
        context.report(
          ip.node,
          `\`${ip.value}\` is not an IP address type of ${describeLoadBalancer(fact)}: it takes ${listOf(allowed)}.`,
          suggestion
            ? [
                {
                  title: `Change to \`${suggestion}\``,
                  edits: [replaceNode(context.document, ip.node, suggestion)],
                },
              ]
            : undefined,
        );
        continue;
      }
      const scheme = balancer.scheme;
      if (
        scheme?.value === 'internal' &&
        !INTERNAL_IP_ADDRESS_TYPES.includes(ip.value) &&
        allowed?.includes(ip.value)
      )
        context.report(
          ip.node,
          `An internal load balancer uses ${listOf(INTERNAL_IP_ADDRESS_TYPES)}, not \`${ip.value}\`. Change the IP address type, or make the load balancer internet-facing.`,
          [{ title: 'Change to `ipv4`', edits: [replaceNode(context.document, ip.node, 'ipv4')] }],
        );
    }
  },
};
