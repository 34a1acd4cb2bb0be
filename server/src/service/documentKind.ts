// Which ELBv2 document a file holds, inferred from its top-level keys.
import { member, members } from './model/apiModel';
import type { Node, ObjectNode } from './syntax/tree';

export type DocumentKind =
  | 'create-listener'
  | 'modify-listener'
  | 'create-target-group'
  | 'modify-target-group'
  | 'describe-listeners'
  | 'describe-target-groups';

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
  /** The kind of resource the document creates, modifies or describes. */
  resource: 'listener' | 'target-group';
  /** The structure of each of those resources: the root of a request, a list element of an output. */
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
];

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
  const keys = root.properties.map((p) => p.key.value).filter((k) => !isResponseEnvelope(info.root, k));
  if (!keys.includes(info.key)) return undefined;
  const known = keys.filter((k) => member(info.root, k) !== undefined).length;
  const unknown = keys.length - known;
  if (!named) {
    const others = known - 1;
    if (info.input && others < 1) return undefined;
    if (unknown > known / 2) return undefined;
    if (!info.input && !describeElementsLookRight(root, info)) return undefined;
  }
  return known * 2 - unknown * 3;
}

/** A describe output is a list of objects with that kind's members; check the first few. */
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
