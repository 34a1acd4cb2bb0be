// Small CloudFormation templates written inline by the template rules' tests.

/** A network load balancer (no zone count to meet) with the given properties, as a `Resources` entry. */
export function networkLoadBalancer(id: string, properties: string): string {
  return [
    `  ${id}:`,
    '    Type: AWS::ElasticLoadBalancingV2::LoadBalancer',
    '    Properties:',
    '      Type: network',
    properties,
  ].join('\n');
}
