import { removeProperty } from '../../edits';
import { SUBNET_MAPPING_SCHEMES } from '../../model/facts';
import { isArray, isObject, property, propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const subnetMappingScheme: Rule = {
  id: 'subnet-mapping-scheme',
  severity: 'error',
  summary:
    'An Elastic IP is for an internet-facing load balancer, a private IPv4 address for an internal one.',
  constraint:
    'In the subnet mappings of a Network Load Balancer, an Elastic IP allocation gives an internet-facing load balancer its static address, and a private IPv4 address from the subnet gives an internal one its address; neither fits the other scheme.',
  sources: [apiSource('CreateLoadBalancer', 'SubnetMappings'), apiSource('SubnetMapping', 'AllocationId')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const balancer of context.semantics.loadBalancers) {
      const scheme = balancer.scheme?.value;
      if (balancer.operation === 'describe' || balancer.loadBalancer?.type !== 'network' || !scheme) continue;
      const mappings = propertyValue(balancer.object, 'SubnetMappings');
      if (!isArray(mappings)) continue;
      for (const item of mappings.items) {
        if (!isObject(item)) continue;
        for (const [name, wanted] of Object.entries(SUBNET_MAPPING_SCHEMES)) {
          const p = property(item, name);
          if (!p || wanted === scheme) continue;
          const why = balancer.scheme?.node
            ? `its \`Scheme\` is \`${scheme}\``
            : `it is ${scheme} by default`;
          context.report(
            p.key,
            `\`${name}\` is for ${wanted} load balancers, and this one is ${scheme} (${why}). Remove \`${name}\`, or change the scheme.`,
            [{ title: `Remove \`${name}\``, edits: [removeProperty(context.document, p)] }],
          );
        }
      }
    }
  },
};
