import { propertyValue } from '../../syntax/tree';
import { guideSource, type Rule } from '../rule';

const QUIC_PROTOCOLS: ReadonlySet<string> = new Set(['QUIC', 'TCP_QUIC']);

export const quicTargetGroupIpv4: Rule = {
  id: 'quic-target-group-ipv4',
  severity: 'error',
  summary: 'A QUIC or TCP_QUIC target group has the IP address type ipv4.',
  constraint:
    'QUIC and TCP_QUIC listeners cannot be on a dualstack Network Load Balancer, and only a dualstack Network Load Balancer can use an IPv6 target group; so a QUIC or TCP_QUIC target group with `IpAddressType: ipv6` could never receive traffic.',
  sources: [
    guideSource(
      'Network Load Balancers',
      'Update the IP address types for your Network Load Balancer (Dualstack requirements)',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-ip-address-type.html',
    ),
    guideSource(
      'Network Load Balancers',
      'Target groups for your Network Load Balancers (IP address type)',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html',
    ),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      if (tg.protocol === undefined || !QUIC_PROTOCOLS.has(tg.protocol)) continue;
      const node = propertyValue(tg.object, 'IpAddressType');
      if (node?.type !== 'scalar' || node.value !== 'ipv6') continue;
      context.report(
        node,
        `A ${tg.protocol} target group cannot be IPv6: its listener's load balancer cannot be dualstack, and only a dualstack Network Load Balancer uses IPv6 target groups. Use \`ipv4\` (the default).`,
      );
    }
  },
};
