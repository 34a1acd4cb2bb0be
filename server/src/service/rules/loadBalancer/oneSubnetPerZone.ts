import { keyRangeOf } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { isRegionalZone, subnetListsOf, zonesOf } from './subnets';

export const oneSubnetPerZone: Rule = {
  id: 'one-subnet-per-zone',
  severity: 'error',
  summary: 'A load balancer has one subnet per Availability Zone: no subnet or zone twice.',
  constraint:
    'Each Availability Zone of a load balancer holds one of its subnets. The same subnet ID named twice is two subnets in one zone; so is a zone listed twice in an existing load balancer’s AvailabilityZones.',
  sources: [apiSource('CreateLoadBalancer', 'Subnets'), apiSource('AvailabilityZone', 'SubnetId')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const balancer of context.semantics.loadBalancers) {
      for (const list of subnetListsOf(balancer)) {
        const seen = new Set<string>();
        for (const s of list.subnets) {
          if (s.id === undefined) continue;
          if (seen.has(s.id))
            context.report(
              s.node,
              `Subnet \`${s.id}\` is named twice in \`${list.property.key.value}\`: a load balancer takes one subnet per Availability Zone. Remove the repetition.`,
            );
          seen.add(s.id);
        }
      }
      const zones = new Set<string>();
      for (const zone of zonesOf(balancer)) {
        if (!zone.name || !isRegionalZone(zone.name)) continue;
        if (zones.has(zone.name))
          context.report(
            keyRangeOf(zone.node),
            `Availability Zone \`${zone.name}\` is listed twice: a load balancer has one subnet per zone.`,
          );
        zones.add(zone.name);
      }
    }
  },
};
