// What is known about a list of attributes (a ModifyTargetGroupAttributes request's `Attributes`,
// a describe-*-attributes output, or a template resource's TargetGroupAttributes): whose attributes
// they are, that resource's load-balancer type, target type and protocol, and from those which
// keys and values fit. The attribute rules, completion and hover all ask here.
//
// The owner of a list comes from the document (`attributeOwnerInDocument`, for API documents) or
// from whoever knows the resource around it: the template layer builds one with
// `targetGroupAttributeOwner`, `loadBalancerAttributeOwner` or `listenerAttributeOwner` from the
// facts of the template resource and hands it to DocumentSemantics.
import { LOAD_BALANCER_TYPE_LABEL, type LoadBalancerType } from '../arn';
import {
  ATTRIBUTE_STRUCTURE,
  attributeSpec,
  attributesOf,
  listedValues,
  resourcesOfKey,
  resourcesOfKeys,
  type AttributeResource,
  type AttributeSpec,
} from '../model/attributes';
import { DEFAULT_TARGET_TYPE } from '../model/facts';
import { isObject, propertyValue, type ArrayNode, type Node, type ObjectNode } from '../syntax/tree';
import type { ListenerFacts } from './listener';
import type { LoadBalancerFacts } from './loadBalancer';
import { typeFromArnNode, type LoadBalancerTypeFact } from './origin';
import type { TargetGroupFacts } from './targetGroup';

/** The resource a list of attributes belongs to, and what is known of it. */
export interface AttributeOwner {
  /** Whose attributes: undefined when the document does not tell (a describe output of shared keys). */
  resource: AttributeResource | undefined;
  /** The type of the load balancer of the resource, with where it was read from. */
  loadBalancer?: LoadBalancerTypeFact;
  /** Target groups: their target type (a new one defaults to `instance`). */
  targetType?: string;
  /** The protocol of the target group or the listener. */
  protocol?: string;
  /** The attributes are sent to the API (a request, a template), not read back from it. */
  input: boolean;
  /**
   * The list is the resource's whole configuration (a template resource, a describe output): an
   * attribute it leaves out has its default. A Modify*Attributes request changes only what it names.
   */
  complete: boolean;
}

export interface AttributeSet {
  owner: AttributeOwner;
  list: ArrayNode;
  /** The items that are objects, in document order. */
  attributes: readonly ObjectNode[];
  /** When the owner's resource is unknown: the resources every key fits (none when keys of several mix). */
  candidates: readonly AttributeResource[];
  /** The owner's load-balancer type, else the one an attribute implies (only one type takes it). */
  loadBalancer?: LoadBalancerTypeFact;
}

const RESOURCE_OF_STRUCTURE = new Map<string, AttributeResource>(
  (Object.entries(ATTRIBUTE_STRUCTURE) as [AttributeResource, string][]).map(([r, s]) => [s, r]),
);

/** The resource an attribute structure belongs to (TargetGroupAttribute: target group, …). */
export function attributeResourceOfStructure(structure: string): AttributeResource | undefined {
  return RESOURCE_OF_STRUCTURE.get(structure);
}

export function isAttributeStructure(structure: string): boolean {
  return RESOURCE_OF_STRUCTURE.has(structure);
}

/** The attribute's Key, when it is a string. */
export function keyOf(attribute: ObjectNode): string | undefined {
  const node = propertyValue(attribute, 'Key');
  return node?.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * The attribute's Value as the API receives it: a string, or a number or boolean written without
 * quotes (which `wrong-type` reports in API documents, and a template passes on as text).
 */
export function valueOf(attribute: ObjectNode): string | undefined {
  const node = propertyValue(attribute, 'Value');
  if (node?.type !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/**
 * The owner of an `Attributes` list of an API document, given the object that holds the list (the
 * document's root): the kind of resource follows from the structure the list is bound as and the
 * document's ARN member; a describe output (no ARN) is judged by its keys, as documentKind.ts does.
 */
export function attributeOwnerInDocument(structure: string, root: Node | undefined): AttributeOwner {
  const object = isObject(root) ? root : undefined;
  const arnOf = (name: string): Node | undefined => (object ? propertyValue(object, name) : undefined);
  const bound = attributeResourceOfStructure(structure);
  if (bound === 'load-balancer' || bound === 'listener') {
    const arn = arnOf(bound === 'listener' ? 'ListenerArn' : 'LoadBalancerArn');
    const owner: AttributeOwner = { resource: bound, input: arn !== undefined, complete: arn === undefined };
    const type = typeFromArnNode(arn);
    if (type) owner.loadBalancer = type;
    return owner;
  }
  if (arnOf('TargetGroupArn')) return { resource: 'target-group', input: true, complete: false };
  const candidates = resourcesOfKeys(keysOfList(object));
  return { resource: candidates.length === 1 ? candidates[0] : undefined, input: false, complete: true };
}

function keysOfList(root: ObjectNode | undefined): string[] {
  const list = root ? propertyValue(root, 'Attributes') : undefined;
  if (list?.type !== 'array') return [];
  return list.items.flatMap((item) => {
    const key = isObject(item) ? keyOf(item) : undefined;
    return key !== undefined ? [key] : [];
  });
}

/**
 * The owner of a target group's attributes, from the target group's facts (a template
 * TargetGroup resource): `complete` when the list is its whole configuration.
 */
export function targetGroupAttributeOwner(group: TargetGroupFacts, complete: boolean): AttributeOwner {
  const owner: AttributeOwner = { resource: 'target-group', input: group.operation !== 'describe', complete };
  if (group.loadBalancer) owner.loadBalancer = group.loadBalancer;
  const targetType = group.targetType ?? (group.operation === 'create' ? DEFAULT_TARGET_TYPE : undefined);
  if (targetType) owner.targetType = targetType;
  if (group.protocol) owner.protocol = group.protocol;
  return owner;
}

/** The owner of a load balancer's attributes, from its facts (a template LoadBalancer resource). */
export function loadBalancerAttributeOwner(balancer: LoadBalancerFacts, complete: boolean): AttributeOwner {
  const owner: AttributeOwner = {
    resource: 'load-balancer',
    input: balancer.operation !== 'describe',
    complete,
  };
  if (balancer.loadBalancer) owner.loadBalancer = balancer.loadBalancer;
  return owner;
}

/** The owner of a listener's attributes, from its facts (a template Listener resource). */
export function listenerAttributeOwner(listener: ListenerFacts, complete: boolean): AttributeOwner {
  const owner: AttributeOwner = { resource: 'listener', input: listener.operation !== 'describe', complete };
  if (listener.loadBalancer) owner.loadBalancer = listener.loadBalancer;
  if (listener.protocol) owner.protocol = listener.protocol;
  return owner;
}

/** The set of one list, with what its owner and its keys say. */
export function attributeSet(owner: AttributeOwner, list: ArrayNode): AttributeSet {
  const attributes = list.items.filter(isObject);
  const keys = attributes.flatMap((a) => {
    const key = keyOf(a);
    return key !== undefined ? [key] : [];
  });
  const set: AttributeSet = {
    owner,
    list,
    attributes,
    candidates: owner.resource ? [owner.resource] : resourcesOfKeys(keys),
  };
  const loadBalancer = owner.loadBalancer ?? impliedLoadBalancer(set);
  if (loadBalancer) set.loadBalancer = loadBalancer;
  return set;
}

/** The table entry of an attribute: its resource's, or the one resource that lists its key. */
export function specOf(set: AttributeSet, attribute: ObjectNode): AttributeSpec | undefined {
  const key = keyOf(attribute);
  if (key === undefined) return undefined;
  if (set.owner.resource) return attributeSpec(set.owner.resource, key);
  const owners = resourcesOfKey(key);
  return owners.length === 1 && owners[0] ? attributeSpec(owners[0], key) : undefined;
}

/** The first attribute an only type of load balancer takes, by its key or (stickiness.type) its value. */
function impliedLoadBalancer(set: AttributeSet): LoadBalancerTypeFact | undefined {
  for (const attribute of set.attributes) {
    const spec = specOf(set, attribute);
    if (!spec) continue;
    const keyNode = propertyValue(attribute, 'Key') as Node;
    const only = spec.loadBalancerTypes.length === 1 ? spec.loadBalancerTypes[0] : undefined;
    if (only)
      return {
        type: only,
        node: keyNode,
        via: 'attribute',
        explanation: `its attribute \`${spec.key}\` is one only ${LOAD_BALANCER_TYPE_LABEL[only]}s take`,
      };
    const value = valueOf(attribute);
    const byType = spec.restriction?.byType;
    if (value === undefined || !byType || !spec.loadBalancerTypes.every((t) => byType[t])) continue;
    const types = spec.loadBalancerTypes.filter((t) => byType[t]?.includes(value));
    if (types.length === 1 && types[0])
      return {
        type: types[0],
        node: propertyValue(attribute, 'Value') ?? keyNode,
        via: 'attribute',
        explanation: `its \`${spec.key}\` is \`${value}\`, which only ${LOAD_BALANCER_TYPE_LABEL[types[0]]}s take`,
      };
  }
  return undefined;
}

/** Why an attribute does not apply to the resource at hand, if it does not. */
export type AttributeRefusal =
  | { reason: 'load-balancer-type'; type: LoadBalancerType; fact: LoadBalancerTypeFact }
  | { reason: 'target-type'; targetType: string }
  | { reason: 'protocol'; protocol: string };

export function attributeRefusal(set: AttributeSet, spec: AttributeSpec): AttributeRefusal | undefined {
  const fact = set.loadBalancer;
  if (fact && !spec.loadBalancerTypes.includes(fact.type))
    return { reason: 'load-balancer-type', type: fact.type, fact };
  const { targetType, protocol } = set.owner;
  if (spec.targetTypes && targetType && !spec.targetTypes.includes(targetType))
    return { reason: 'target-type', targetType };
  if (spec.protocols && protocol && !spec.protocols.includes(protocol))
    return { reason: 'protocol', protocol };
  return undefined;
}

/** The values an enum or boolean attribute takes here, narrowed by load-balancer type and protocol. */
export function allowedAttributeValues(
  set: AttributeSet,
  spec: AttributeSpec,
): readonly string[] | undefined {
  let values = listedValues(spec.value);
  if (!values) return undefined;
  const type = set.loadBalancer?.type;
  const byType = type ? spec.restriction?.byType?.[type] : undefined;
  if (byType) values = values.filter((v) => byType.includes(v));
  const protocol = set.owner.protocol;
  const byProtocol = protocol ? spec.restriction?.byProtocol?.[protocol] : undefined;
  if (byProtocol) values = values.filter((v) => byProtocol.includes(v));
  return values;
}

/** The keys an attribute of the set may still name: those that apply, minus the ones present. */
export function applicableKeys(set: AttributeSet, except?: ObjectNode): AttributeSpec[] {
  const present = new Set(
    set.attributes
      .filter((a) => a !== except)
      .flatMap((a) => {
        const key = keyOf(a);
        return key !== undefined ? [key] : [];
      }),
  );
  const resources = set.candidates.length > 0 ? set.candidates : [];
  const seen = new Set<string>();
  const result: AttributeSpec[] = [];
  for (const resource of resources)
    for (const spec of attributesOf(resource)) {
      if (present.has(spec.key) || seen.has(spec.key) || attributeRefusal(set, spec)) continue;
      seen.add(spec.key);
      result.push(spec);
    }
  return result;
}

/** Per set, each key's last attribute: looked up once, since a pasted list can hold thousands. */
const BY_KEY = new WeakMap<AttributeSet, Map<string, ObjectNode>>();

/** The last attribute of the set with this key (the API, like a YAML mapping, keeps the last). */
export function attributeWithKey(set: AttributeSet, key: string): ObjectNode | undefined {
  let byKey = BY_KEY.get(set);
  if (!byKey) {
    byKey = new Map();
    for (const a of set.attributes) {
      const k = keyOf(a);
      if (k !== undefined) byKey.set(k, a);
    }
    BY_KEY.set(set, byKey);
  }
  return byKey.get(key);
}

/** "the target group", "the load balancer", "the listener", or "the resource". */
export function resourceNoun(resource: AttributeResource | undefined): string {
  return resource === undefined ? 'the resource' : `the ${resource.replace('-', ' ')}`;
}

/**
 * The set around an attribute that completion sees as nodes from the root down (a half-typed
 * document has no binding): `nodes` ends with the list and, when it exists, the attribute object.
 */
export function attributeSetOfNodes(
  structure: string,
  nodes: readonly (Node | undefined)[],
): { set: AttributeSet; attribute: ObjectNode | undefined } | undefined {
  const last = nodes[nodes.length - 1];
  const attribute = isObject(last) ? last : undefined;
  const listAt = attribute ? nodes.length - 2 : nodes.length - 1;
  const list = nodes[listAt];
  if (list?.type !== 'array') return undefined;
  const owner = attributeOwnerInDocument(structure, nodes[listAt - 1]);
  return { set: attributeSet(owner, list), attribute };
}
