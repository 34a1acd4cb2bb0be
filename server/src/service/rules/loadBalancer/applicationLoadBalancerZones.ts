import { LOAD_BALANCER_TYPE_LABEL } from '../../arn';
import { MIN_APPLICATION_LOAD_BALANCER_ZONES } from '../../model/facts';
import { describeLoadBalancer } from '../../semantics/origin';
import { keyRangeOf, property, propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { isRegionalZone, subnetListsOf, zonesOf } from './subnets';

const MIN = MIN_APPLICATION_LOAD_BALANCER_ZONES;

export const applicationLoadBalancerZones: Rule = {
  id: 'application-load-balancer-zones',
  severity: 'error',
  summary: 'An Application Load Balancer has subnets in at least two Availability Zones.',
  constraint:
    'An Application Load Balancer needs subnets in two Availability Zones or more (one subnet per zone), unless it runs on an Outpost (one Outpost subnet, with a customer-owned IPv4 pool) or in Local Zones. Two different subnet IDs are counted as two zones, since the document does not say which zone a subnet is in; an existing load balancer’s AvailabilityZones do say it.',
  sources: [apiSource('CreateLoadBalancer', 'Subnets'), apiSource('CreateLoadBalancer', 'SubnetMappings')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const balancer of context.semantics.loadBalancers) {
      const fact = balancer.loadBalancer;
      if (fact?.type !== 'application' || property(balancer.object, 'CustomerOwnedIpv4Pool')) continue;
      const label = LOAD_BALANCER_TYPE_LABEL.application;
      if (balancer.operation === 'describe') {
        const zones = zonesOf(balancer);
        if (zones.length === 0 || zones.some((z) => z.outpost || !z.name || !isRegionalZone(z.name)))
          continue;
        const distinct = new Set(zones.map((z) => z.name));
        if (distinct.size < MIN)
          context.report(
            keyRangeOf(propertyValue(balancer.object, 'AvailabilityZones') ?? balancer.object),
            `This ${label} is in ${distinct.size} Availability Zone (${[...distinct].join(', ')}); it needs subnets in at least ${MIN}.`,
          );
        continue;
      }
      for (const list of subnetListsOf(balancer)) {
        const ids = new Set<string>();
        let unknown = 0;
        for (const s of list.subnets)
          if (s.id === undefined) unknown++;
          else ids.add(s.id);
        const count = ids.size + unknown;
        if (count < MIN)
          context.report(
            list.property.key,
            `${capitalize(describeLoadBalancer(fact))} needs subnets in at least ${MIN} Availability Zones, and \`${list.property.key.value}\` names ${count === 0 ? 'none' : count === 1 ? 'one subnet' : `${count}`}. Add a subnet of another zone (one Outpost subnet, with \`CustomerOwnedIpv4Pool\`, is the exception).`,
          );
      }
    }
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
