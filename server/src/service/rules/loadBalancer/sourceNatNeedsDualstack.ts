import { SOURCE_NAT_IP_ADDRESS_TYPE } from '../../model/facts';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const sourceNatNeedsDualstack: Rule = {
  id: 'source-nat-needs-dualstack',
  severity: 'error',
  summary: 'IPv6 source NAT prefixes need a dualstack load balancer.',
  constraint:
    'EnablePrefixForIpv6SourceNat `on` (Network Load Balancers with UDP listeners) gives each subnet an IPv6 prefix for source NAT, which only a dualstack load balancer has.',
  sources: [apiSource('CreateLoadBalancer', 'EnablePrefixForIpv6SourceNat')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const balancer of context.semantics.loadBalancers) {
      if (balancer.operation === 'describe') continue;
      const p = property(balancer.object, 'EnablePrefixForIpv6SourceNat');
      if (p?.value.type !== 'scalar' || p.value.value !== 'on') continue;
      const ip = balancer.ipAddressType;
      if (ip?.value === SOURCE_NAT_IP_ADDRESS_TYPE) continue;
      context.report(
        p.value,
        `IPv6 source NAT needs \`IpAddressType\` \`${SOURCE_NAT_IP_ADDRESS_TYPE}\`, but ${ip ? `it is \`${ip.value}\`` : 'none is given'}. Set \`IpAddressType: ${SOURCE_NAT_IP_ADDRESS_TYPE}\`, or turn the prefix off.`,
      );
    }
  },
};
