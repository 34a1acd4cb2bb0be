// Which ELBv2 document a file holds, inferred from its top-level keys.
import { member, members } from './model/apiModel';
import { resourcesOfKeys, type AttributeResource } from './model/attributes';
import { isObject, stringValue, type Node, type ObjectNode } from './syntax/tree';

export type DocumentKind =
  | 'create-listener'
  | 'modify-listener'
  | 'create-target-group'
  | 'modify-target-group'
  | 'describe-listeners'
  | 'describe-target-groups'
  | 'modify-target-group-attributes'
  | 'modify-load-balancer-attributes'
  | 'modify-listener-attributes'
  | 'describe-target-group-attributes'
  | 'describe-load-balancer-attributes'
  | 'describe-listener-attributes'
  | 'describe-attributes'
  | 'create-load-balancer'
  | 'describe-load-balancers'
  | 'create-rule'
  | 'modify-rule'
  | 'set-rule-priorities'
  | 'describe-rules';

/** The kind of resource a document creates, modifies or describes; `attributes` for attribute documents. */
export type ResourceKind = 'listener' | 'target-group' | 'listener-rule' | 'load-balancer' | 'attributes';

export interface KindInfo {
  kind: DocumentKind;
  /** The API model structure of the whole document. */
  root: string;
  /** The key that only this kind's documents carry. */
  key: string;
  /** The operation whose input (or output) the document is. */
  operation: string;
  /** Request documents are inputs; describe documents are outputs of existing resources. */
  input: boolean;
  /** What the request does to its resource, or `describe` for an output of existing ones. */
  action: 'create' | 'modify' | 'describe';
  /**
   * The kind of resource the document creates, modifies or describes; `attributes` for the
   * attribute documents, whose resource is `attributesOf`.
   */
  resource: ResourceKind;
  /**
   * Attribute documents: whose attributes they hold. Undefined for a describe-*-attributes output
   * whose keys do not tell (the `describe-attributes` kind).
   */
  attributesOf?: AttributeResource;
  /** A further test the top-level object must pass (which resource an `Attributes` list is of). */
  fits?: (root: ObjectNode) => boolean;
  /**
   * The structure of each of those resources: the root of a request, a list element of an output;
   * for attribute documents, the structure of one attribute.
   */
  resourceStructure: string;
  label: string;
}

export const KINDS: readonly KindInfo[] = [
  {
    kind: 'create-listener',
    root: 'CreateListenerInput',
    key: 'LoadBalancerArn',
    operation: 'CreateListener',
    input: true,
    action: 'create',
    resource: 'listener',
    resourceStructure: 'CreateListenerInput',
    label: 'CreateListener request',
  },
  {
    kind: 'modify-listener',
    root: 'ModifyListenerInput',
    key: 'ListenerArn',
    operation: 'ModifyListener',
    input: true,
    action: 'modify',
    resource: 'listener',
    resourceStructure: 'ModifyListenerInput',
    label: 'ModifyListener request',
  },
  {
    kind: 'create-target-group',
    root: 'CreateTargetGroupInput',
    key: 'Name',
    operation: 'CreateTargetGroup',
    input: true,
    action: 'create',
    resource: 'target-group',
    resourceStructure: 'CreateTargetGroupInput',
    label: 'CreateTargetGroup request',
  },
  {
    kind: 'modify-target-group',
    root: 'ModifyTargetGroupInput',
    key: 'TargetGroupArn',
    operation: 'ModifyTargetGroup',
    input: true,
    action: 'modify',
    resource: 'target-group',
    resourceStructure: 'ModifyTargetGroupInput',
    label: 'ModifyTargetGroup request',
  },
  {
    kind: 'describe-listeners',
    root: 'DescribeListenersOutput',
    key: 'Listeners',
    operation: 'DescribeListeners',
    input: false,
    action: 'describe',
    resource: 'listener',
    resourceStructure: 'Listener',
    label: 'describe-listeners output',
  },
  {
    kind: 'describe-target-groups',
    root: 'DescribeTargetGroupsOutput',
    key: 'TargetGroups',
    operation: 'DescribeTargetGroups',
    input: false,
    action: 'describe',
    resource: 'target-group',
    resourceStructure: 'TargetGroup',
    label: 'describe-target-groups output',
  },
  ...attributeAndLoadBalancerKinds(),
  // Listener rules: CreateRule and ModifyRule requests, a SetRulePriorities request (a list of
  // rule and priority pairs), and describe-rules output (also what CreateRule, ModifyRule and
  // SetRulePriorities answer: a Rules list).
  {
    kind: 'create-rule',
    root: 'CreateRuleInput',
    // Not ListenerArn (ModifyListener's key) nor Priority, which a draft may still lack.
    key: 'Conditions',
    operation: 'CreateRule',
    input: true,
    action: 'create',
    resource: 'listener-rule',
    resourceStructure: 'CreateRuleInput',
    label: 'CreateRule request',
  },
  {
    kind: 'modify-rule',
    root: 'ModifyRuleInput',
    key: 'RuleArn',
    operation: 'ModifyRule',
    input: true,
    action: 'modify',
    resource: 'listener-rule',
    resourceStructure: 'ModifyRuleInput',
    label: 'ModifyRule request',
  },
  {
    kind: 'set-rule-priorities',
    root: 'SetRulePrioritiesInput',
    key: 'RulePriorities',
    operation: 'SetRulePriorities',
    input: true,
    action: 'modify',
    resource: 'listener-rule',
    resourceStructure: 'RulePriorityPair',
    label: 'SetRulePriorities request',
  },
  {
    kind: 'describe-rules',
    root: 'DescribeRulesOutput',
    key: 'Rules',
    operation: 'DescribeRules',
    input: false,
    action: 'describe',
    resource: 'listener-rule',
    resourceStructure: 'Rule',
    label: 'describe-rules output',
  },
];

/** The documents of issue 12 (items 7 and 8): attributes, and load balancers. */
function attributeAndLoadBalancerKinds(): KindInfo[] {
  const modify = (resource: AttributeResource, noun: string, arn: string): KindInfo => ({
    kind: `modify-${resource}-attributes` as DocumentKind,
    root: `Modify${noun}AttributesInput`,
    key: 'Attributes',
    operation: `Modify${noun}Attributes`,
    input: true,
    action: 'modify',
    resource: 'attributes',
    attributesOf: resource,
    resourceStructure: `${noun}Attribute`,
    label: `Modify${noun}Attributes request`,
    // The ARN member tells it from the describe outputs, which have `Attributes` alone.
    fits: (root) => root.properties.some((p) => p.key.value === arn),
  });
  // A describe output is `{Attributes: [...]}` for all three resources: its keys tell which.
  const describe = (resource: AttributeResource, noun: string, label: string): KindInfo => ({
    kind: `describe-${label}-attributes` as DocumentKind,
    root: `Describe${noun}AttributesOutput`,
    key: 'Attributes',
    operation: `Describe${noun}Attributes`,
    input: false,
    action: 'describe',
    resource: 'attributes',
    attributesOf: resource,
    resourceStructure: `${noun}Attribute`,
    label: `describe-${label}-attributes output`,
    fits: (root) => attributesResourceOf(root) === resource,
  });
  return [
    modify('target-group', 'TargetGroup', 'TargetGroupArn'),
    modify('load-balancer', 'LoadBalancer', 'LoadBalancerArn'),
    modify('listener', 'Listener', 'ListenerArn'),
    describe('target-group', 'TargetGroup', 'target-group'),
    describe('load-balancer', 'LoadBalancer', 'load-balancer'),
    describe('listener', 'Listener', 'listener'),
    {
      // Keys that several resources share (or none knows): elbv2-ls says it cannot tell, and binds
      // the list with the target-group structure, whose shape the three share.
      kind: 'describe-attributes',
      root: 'DescribeTargetGroupAttributesOutput',
      key: 'Attributes',
      operation: 'DescribeTargetGroupAttributes',
      input: false,
      action: 'describe',
      resource: 'attributes',
      resourceStructure: 'TargetGroupAttribute',
      label: 'describe-*-attributes output (resource not known)',
      fits: (root) => attributesResourceOf(root) === undefined,
    },
    {
      kind: 'create-load-balancer',
      root: 'CreateLoadBalancerInput',
      key: 'Name',
      operation: 'CreateLoadBalancer',
      input: true,
      action: 'create',
      resource: 'load-balancer',
      resourceStructure: 'CreateLoadBalancerInput',
      label: 'CreateLoadBalancer request',
    },
    {
      kind: 'describe-load-balancers',
      root: 'DescribeLoadBalancersOutput',
      key: 'LoadBalancers',
      operation: 'DescribeLoadBalancers',
      input: false,
      action: 'describe',
      resource: 'load-balancer',
      resourceStructure: 'LoadBalancer',
      label: 'describe-load-balancers output',
    },
  ];
}

/**
 * The one resource whose attributes the top-level `Attributes` list can hold, judged by its keys;
 * undefined when they fit several resources (or none).
 */
export function attributesResourceOf(root: ObjectNode): AttributeResource | undefined {
  const list = root.properties.find((p) => p.key.value === 'Attributes')?.value;
  if (list?.type !== 'array') return undefined;
  const keys: string[] = [];
  for (const item of list.items) {
    const key = isObject(item) ? stringValue(item, 'Key') : undefined;
    if (key !== undefined) keys.push(key);
  }
  const candidates = resourcesOfKeys(keys);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The kind of a document, or undefined. A file the user named as ELBv2 (by its name or a glob)
 * only needs its distinguishing key; any other file must also carry another member of the kind and
 * few unknown keys, so that a CI workflow or a Kubernetes manifest is never mistaken for one.
 */
export function detectKind(root: Node | undefined, named: boolean): KindInfo | undefined {
  if (root?.type !== 'object') return undefined;
  let best: { info: KindInfo; score: number } | undefined;
  for (const info of KINDS) {
    const score = scoreFor(root, info, named);
    if (score !== undefined && (!best || score > best.score)) best = { info, score };
  }
  return best?.info;
}

function scoreFor(root: ObjectNode, info: KindInfo, named: boolean): number | undefined {
  const keys = root.properties.map((p) => p.key.value);
  if (!keys.includes(info.key)) return undefined;
  if (info.fits && !info.fits(root)) return undefined;
  const known = keys.filter((k) => member(info.root, k) !== undefined).length;
  const unknown = keys.length - known;
  if (!named) {
    const others = known - 1;
    // A document that is a list of resources (a describe output, a SetRulePriorities request) is
    // recognised by what its list's items hold; a request by a second member of its own.
    const listOfResources = info.resourceStructure !== info.root;
    if (info.input && !listOfResources && others < 1) return undefined;
    if (unknown > known / 2) return undefined;
    if (listOfResources && !describeElementsLookRight(root, info)) return undefined;
  }
  return known * 2 - unknown * 3;
}

/** A list of resources holds objects with that kind's members; check the first few. */
function describeElementsLookRight(root: ObjectNode, info: KindInfo): boolean {
  const list = root.properties.find((p) => p.key.value === info.key)?.value;
  if (list?.type !== 'array') return false;
  const names = new Set(members(info.resourceStructure).map((m) => m.name));
  return list.items
    .slice(0, 3)
    .every((item) => item.type === 'object' && item.properties.some((p) => names.has(p.key.value)));
}

export const KIND_LIST_TEXT = KINDS.map((k) => k.label).join(', ');

/** "LoadBalancerArn, ListenerArn, …, Attributes or LoadBalancers": the keys that identify the kinds. */
export const KIND_KEYS_TEXT = ((keys: string[]) =>
  `${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]}`)([...new Set(KINDS.map((k) => k.key))]);
