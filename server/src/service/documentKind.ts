// Which ELBv2 document a file holds, inferred from its top-level keys.
import { member, members, operationShapes } from './model/apiModel';
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
  | 'describe-rules'
  | 'cloudformation-template';

/** The kind of resource a document creates, modifies or describes; `attributes` for attribute documents. */
export type ResourceKind =
  'listener' | 'target-group' | 'listener-rule' | 'load-balancer' | 'attributes' | 'template';

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

/**
 * A CloudFormation template (template/template.ts `isTemplate` tells one): not an API document,
 * so never detected from keys; its ELBv2 resources are checked as the API documents they become.
 */
export const TEMPLATE_KIND: KindInfo = {
  kind: 'cloudformation-template',
  root: '',
  key: 'Resources',
  operation: 'CloudFormation',
  input: true,
  action: 'create',
  resource: 'template',
  resourceStructure: '',
  label: 'CloudFormation template',
};

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
 * A document whose keys all belong to one request kind but lack its distinguishing key (passed on
 * the command line) is that kind. A document that another ELBv2 operation, one elbv2-ls does not
 * check, explains better than any kind is none of them (`uncheckedLookalikes` says which).
 * `partial: false` asks for the distinguishing key (completion offers every kind without it).
 */
export function detectKind(
  root: Node | undefined,
  named: boolean,
  options: { partial?: boolean } = {},
): KindInfo | undefined {
  if (root?.type !== 'object') return undefined;
  let best: { info: KindInfo; score: number } | undefined;
  for (const info of KINDS) {
    const score = scoreFor(root, info, named);
    if (
      score !== undefined &&
      (!best || score > best.score || (score === best.score && modifies(info, best.info, root)))
    )
      best = { info, score };
  }
  const found = best?.info ?? (options.partial === false ? undefined : partialKind(root, named));
  if (!found) return undefined;
  const keys = rootKeys(root, found);
  const explained = keys.filter((k) => member(found.root, k) !== undefined).length;
  const unchecked = uncheckedShapes().some(
    (shape) => keys.filter((k) => shape.members.has(k)).length > explained,
  );
  return unchecked ? undefined : found;
}

/**
 * A describe element pasted as a request has the ARN of the resource and of its load balancer
 * (`ListenerArn` and `LoadBalancerArn`): a resource that has an ARN already is one to modify.
 */
function modifies(info: KindInfo, other: KindInfo, root: ObjectNode): boolean {
  return (
    info.action === 'modify' &&
    other.action === 'create' &&
    info.resource === other.resource &&
    root.properties.some((p) => p.key.value === other.key)
  );
}

function rootKeys(root: ObjectNode, info: KindInfo): string[] {
  return root.properties.map((p) => p.key.value).filter((k) => !isResponseEnvelope(info.root, k));
}

/** Enough keys to take a file nobody named as ELBv2 for a request without its distinguishing key. */
export const PARTIAL_KEYS_UNNAMED = 3;

/**
 * The request kind whose members all the keys are, when none carries its distinguishing key; of
 * several, the narrowest (a ModifyListener's members are a CreateListener's too): its checks are
 * the ones every reading agrees on.
 */
function partialKind(root: ObjectNode, named: boolean): KindInfo | undefined {
  const keys = root.properties.map((p) => p.key.value);
  if (keys.length < (named ? 1 : PARTIAL_KEYS_UNNAMED)) return undefined;
  const fits = KINDS.filter((k) => k.input && keys.every((key) => member(k.root, key) !== undefined));
  return fits.sort((a, b) => members(a.root).length - members(b.root).length)[0];
}

interface OperationShape {
  operation: string;
  input: boolean;
  members: ReadonlySet<string>;
}

let unchecked: OperationShape[] | undefined;

/**
 * The inputs and outputs of every ELBv2 operation that no kind checks, from the API model: when
 * a branch adds a kind, its operation leaves this list with no change here.
 */
function uncheckedShapes(): readonly OperationShape[] {
  unchecked ??= Object.entries(operationShapes()).flatMap(([operation, shape]) =>
    [true, false]
      .filter((input) => !KINDS.some((k) => k.operation === operation && k.input === input))
      .map((input) => ({ operation, input, members: new Set(input ? shape.input : shape.output) }))
      .filter((s) => s.members.size > 0),
  );
  return unchecked;
}

/**
 * The operations elbv2-ls does not check whose input or output explains the most of the
 * document's keys ("ModifyTargetGroupAttributes request"), or none when no key is theirs.
 */
export function uncheckedLookalikes(root: ObjectNode): string[] {
  const keys = root.properties.map((p) => p.key.value);
  // Explaining one key of many says little: more than half of them, or all.
  let most = Math.floor(keys.length / 2);
  let names: string[] = [];
  for (const shape of uncheckedShapes()) {
    const count = keys.filter((k) => shape.members.has(k)).length;
    const label = `${shape.operation} ${shape.input ? 'request' : 'response'}`;
    if (count > most) [most, names] = [count, [label]];
    else if (count === most && names.length > 0) names.push(label);
  }
  return names;
}

function scoreFor(root: ObjectNode, info: KindInfo, named: boolean): number | undefined {
  const keys = rootKeys(root, info);
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

/**
 * Members an SDK adds around an output that are no part of the API's shape: boto3 returns
 * `ResponseMetadata` (request id, HTTP status and headers) with every response, and a describe
 * output saved from boto3 keeps it. Neither an error nor checked.
 */
export function isResponseEnvelope(structure: string, memberName: string): boolean {
  return memberName === 'ResponseMetadata' && KINDS.some((k) => !k.input && k.root === structure);
}
