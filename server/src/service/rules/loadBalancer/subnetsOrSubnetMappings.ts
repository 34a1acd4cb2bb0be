import { anchorOf, property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const subnetsOrSubnetMappings: Rule = {
  id: 'subnets-or-subnet-mappings',
  severity: 'error',
  summary: 'A new load balancer names its subnets with Subnets or SubnetMappings, not both.',
  constraint:
    'CreateLoadBalancer takes the load balancer’s subnets either as a list of subnet IDs (Subnets) or as subnet mappings (SubnetMappings, which can also carry addresses); exactly one of the two.',
  sources: [apiSource('CreateLoadBalancer', 'Subnets'), apiSource('CreateLoadBalancer', 'SubnetMappings')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const balancer of context.semantics.loadBalancers) {
      if (balancer.operation !== 'create') continue;
      const subnets = property(balancer.object, 'Subnets');
      const mappings = property(balancer.object, 'SubnetMappings');
      if (subnets && mappings) {
        const second = subnets.start > mappings.start ? subnets : mappings;
        context.report(
          second.key,
          'Give the subnets either as `Subnets` or as `SubnetMappings`, not both. Keep `SubnetMappings` if you need to set addresses.',
        );
      } else if (!subnets && !mappings)
        context.report(
          anchorOf(balancer.object),
          'A new load balancer needs its subnets: add `Subnets` (subnet IDs) or `SubnetMappings`.',
        );
    }
  },
};
