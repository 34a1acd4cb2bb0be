// The rules of this group, in the order they run.
import type { Rule } from '../rule';
import { applicationLoadBalancerZones } from './applicationLoadBalancerZones';
import { loadBalancerIpAddressType } from './loadBalancerIpAddressType';
import { loadBalancerMemberType } from './loadBalancerMemberType';
import { oneSubnetPerZone } from './oneSubnetPerZone';
import { sourceNatNeedsDualstack } from './sourceNatNeedsDualstack';
import { subnetMappingScheme } from './subnetMappingScheme';
import { subnetsOrSubnetMappings } from './subnetsOrSubnetMappings';

export const LOAD_BALANCER_RULES: readonly Rule[] = [
  loadBalancerMemberType,
  loadBalancerIpAddressType,
  sourceNatNeedsDualstack,
  subnetsOrSubnetMappings,
  applicationLoadBalancerZones,
  oneSubnetPerZone,
  subnetMappingScheme,
];
