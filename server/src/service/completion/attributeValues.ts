// Completion of attribute keys and values (`Key:` and `Value:` of a TargetGroupAttribute,
// LoadBalancerAttribute or ListenerAttribute): the keys that apply to what the semantic layer
// knows of the resource and that the list does not have yet, and the values of the key at hand.
import { LOAD_BALANCER_TYPE_LABEL } from '../arn';
import { attributeKeyDoc } from '../model/attributeDocs';
import { attributeSpec, resourcesOfKey, type AttributeSpec } from '../model/attributes';
import {
  allowedAttributeValues,
  applicableKeys,
  attributeSetOfNodes,
  isAttributeStructure,
  keyOf,
} from '../semantics/attributes';
import type { Node } from '../syntax/tree';

export interface AttributeCandidate {
  value: string;
  detail: string;
  documentation?: string;
}

/**
 * The candidates of an attribute's Key or Value (`owners`: the nodes from the root down to the
 * attribute object), or undefined when the member is not one of those.
 */
export function attributeCandidates(
  structure: string,
  memberName: string,
  owners: readonly (Node | undefined)[],
): AttributeCandidate[] | undefined {
  if (!isAttributeStructure(structure)) return undefined;
  if (memberName !== 'Key' && memberName !== 'Value') return undefined;
  const around = attributeSetOfNodes(structure, owners);
  if (!around) return [];
  const { set, attribute } = around;
  if (memberName === 'Key')
    return applicableKeys(set, attribute).map((spec) => candidate(spec.key, keyDetail(spec), spec));
  const key = attribute ? keyOf(attribute) : undefined;
  if (key === undefined) return [];
  const resource =
    set.owner.resource ?? (resourcesOfKey(key).length === 1 ? resourcesOfKey(key)[0] : undefined);
  const spec = resource ? attributeSpec(resource, key) : undefined;
  if (!spec) return [];
  const values =
    allowedAttributeValues(set, spec) ?? (spec.value.kind === 'integer' ? (spec.value.also ?? []) : []);
  return values.map((v) => candidate(v, key, spec));
}

function candidate(value: string, detail: string, spec: AttributeSpec): AttributeCandidate {
  const documentation = attributeKeyDoc(spec.resource, spec.key);
  return { value, detail, ...(documentation ? { documentation } : {}) };
}

/** "Application Load Balancers · instance, ip targets". */
function keyDetail(spec: AttributeSpec): string {
  const types =
    spec.loadBalancerTypes.length === 3
      ? 'all load balancers'
      : spec.loadBalancerTypes
          .map((t) => LOAD_BALANCER_TYPE_LABEL[t].replace(' Load Balancer', ''))
          .join(', ') + ' Load Balancers';
  const targets = spec.targetTypes ? ` · ${spec.targetTypes.join(', ')} targets` : '';
  const protocols = spec.protocols ? ` · ${spec.protocols.join(', ')} listeners` : '';
  return `${spec.resource} attribute · ${types}${targets}${protocols}`;
}
