// The subnets of a load balancer as the document gives them: Subnets (IDs), SubnetMappings (each
// with a SubnetId), or for an existing one its AvailabilityZones (each with a ZoneName).
import type { LoadBalancerFacts } from '../../semantics/loadBalancer';
import { isArray, isObject, property, propertyValue, type Node, type Property } from '../../syntax/tree';

export interface SubnetList {
  /** `Subnets` or `SubnetMappings`. */
  property: Property;
  /** One entry per item: the subnet ID when it is a string, the item node either way. */
  subnets: { id: string | undefined; node: Node }[];
}

/** The lists of subnets a new load balancer names (both, when it wrongly gives both). */
export function subnetListsOf(balancer: LoadBalancerFacts): SubnetList[] {
  const lists: SubnetList[] = [];
  for (const name of ['Subnets', 'SubnetMappings']) {
    const p = property(balancer.object, name);
    if (!p || !isArray(p.value)) continue;
    lists.push({
      property: p,
      subnets: p.value.items.map((item) => {
        const idNode = isObject(item) ? propertyValue(item, 'SubnetId') : item;
        const id = idNode?.type === 'scalar' && typeof idNode.value === 'string' ? idNode.value : undefined;
        return { id, node: idNode ?? item };
      }),
    });
  }
  return lists;
}

/** The zones of an existing load balancer: each AvailabilityZones item's ZoneName and node. */
export function zonesOf(
  balancer: LoadBalancerFacts,
): { name: string | undefined; node: Node; outpost: boolean }[] {
  const zones = propertyValue(balancer.object, 'AvailabilityZones');
  if (!isArray(zones)) return [];
  return zones.items.map((item) => {
    const nameNode = isObject(item) ? propertyValue(item, 'ZoneName') : undefined;
    const name =
      nameNode?.type === 'scalar' && typeof nameNode.value === 'string' ? nameNode.value : undefined;
    return {
      name,
      node: nameNode ?? item,
      outpost: isObject(item) && property(item, 'OutpostId') !== undefined,
    };
  });
}

/** A Region's Availability Zone (`us-west-2a`), not a Local Zone (`us-west-2-lax-1a`) or a Wavelength Zone. */
export function isRegionalZone(name: string): boolean {
  if (name.length > 40) return false;
  const parts = name.split('-');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const middle = parts.slice(1, -1);
  return (
    (parts.length === 3 || parts.length === 4) &&
    /^[a-z]{2}$/.test(first) &&
    middle.every((p) => /^[a-z]+$/.test(p)) &&
    /^[0-9][a-z]$/.test(last)
  );
}
