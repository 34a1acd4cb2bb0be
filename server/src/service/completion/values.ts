// The values a member takes, from the generated model's enums and the facts table, narrowed the
// way the rules judge them: by the load-balancer type an ARN names, by the listener's other
// actions, by the target group's protocol.
import { loadBalancerTypeOfArn, type LoadBalancerType } from '../arn';
import { enumValues, type MemberModel, type TypeRef } from '../model/apiModel';
import {
  APPLICATION_ONLY_ACTION_TYPES,
  AUTHENTICATION_ACTION_TYPES,
  factsFor,
  HEALTH_CHECK_PROTOCOLS,
  LISTENER_PROTOCOLS,
  NO_TCP_HEALTH_CHECK_FOR,
  REDIRECT_COMPONENT_KEYWORDS,
  ROUTING_ACTION_TYPES,
  SSL_POLICIES,
  TARGET_GROUP_PROTOCOLS,
  TRAFFIC_PORT,
  type SslPolicy,
} from '../model/facts';
import { describeSslPolicy } from '../model/sslPolicyText';
import { propertyValue, stringValue, type Node, type ObjectNode } from '../syntax/tree';

export interface ValueCandidate {
  value: string;
  kind: 'value' | 'keyword';
  /** A YAML/JSON literal (true, false) rather than a string. */
  literal: boolean;
  detail: string;
  documentation?: string;
}

/** Where a value goes: the member, and the tree from the root down to the object that holds it. */
export interface ValueSite {
  structure: string;
  member: MemberModel;
  /** The value is an item of the member's list. */
  item: boolean;
  /** Nodes from the root down to the owning object; empty for an object a snippet is creating. */
  owners: readonly (Node | undefined)[];
}

const LISTENERS = ['CreateListenerInput', 'ModifyListenerInput', 'Listener'];
const TARGET_GROUPS = ['CreateTargetGroupInput', 'ModifyTargetGroupInput', 'TargetGroup'];
const REDIRECT = 'RedirectActionConfig';

export function valueCandidates(site: ValueSite): ValueCandidate[] {
  const { structure, member } = site;
  const type: TypeRef = site.item && member.type.kind === 'list' ? member.type.item : member.type;
  const doc = member.doc || undefined;
  const value = (v: string, detail: string): ValueCandidate => ({
    value: v,
    kind: 'value',
    literal: false,
    detail,
    ...(doc ? { documentation: doc } : {}),
  });
  // The detail names the member, not the SDK's type (`ProtocolEnum` means nothing to a user).
  const allowed = `${member.name} value`;
  if (type.kind === 'enum') return narrowEnum(site, enumValues(type.name)).map((v) => value(v, allowed));
  if (type.kind === 'boolean')
    return ['true', 'false'].map((v) => ({ ...value(v, 'boolean'), literal: true }));
  if (type.kind !== 'string') return [];

  const candidates: ValueCandidate[] = [];
  const listed = factsFor(structure, member.name, site.item)?.values?.values ?? [];
  candidates.push(...listed.map((v) => value(v, allowed)));
  if (member.name === 'SslPolicy')
    candidates.push(...SSL_POLICIES.map((p) => value(p.name, policyDetail(p))));
  if (structure === REDIRECT && member.name === 'Protocol')
    candidates.push(...LISTENER_PROTOCOLS.application.map((v) => value(v, 'redirect protocol')));
  if (structure === REDIRECT)
    candidates.push(
      ...(REDIRECT_COMPONENT_KEYWORDS[member.name] ?? []).map((k) => keyword(k, keywordDetail(k))),
    );
  if (TARGET_GROUPS.includes(structure) && member.name === 'HealthCheckPort')
    candidates.push(keyword(TRAFFIC_PORT, 'the port each target receives traffic on'));
  return candidates;
}

function keyword(value: string, detail: string): ValueCandidate {
  return { value, kind: 'keyword', literal: false, detail };
}

/** "#{host}" → "keeps the request's host". */
function keywordDetail(keyword: string): string {
  return `keeps the original request's ${keyword.slice(2, -1)}`;
}

function policyDetail(policy: SslPolicy): string {
  return describeSslPolicy(policy);
}

function narrowEnum(site: ValueSite, values: readonly string[]): readonly string[] {
  const { structure, member } = site;
  const holder = site.owners[site.owners.length - 1];
  const object = holder?.type === 'object' ? holder : undefined;
  if (LISTENERS.includes(structure) && member.name === 'Protocol') {
    const type = object ? listenerLoadBalancerType(object) : undefined;
    const allowed = type ? LISTENER_PROTOCOLS[type] : Object.values(LISTENER_PROTOCOLS).flat();
    return values.filter((v) => allowed.includes(v));
  }
  if (TARGET_GROUPS.includes(structure) && member.name === 'Protocol') {
    const type = object ? targetGroupLoadBalancerType(object) : undefined;
    return type ? values.filter((v) => TARGET_GROUP_PROTOCOLS[type].includes(v)) : values;
  }
  if (TARGET_GROUPS.includes(structure) && member.name === 'HealthCheckProtocol') {
    const protocol = object ? stringValue(object, 'Protocol') : undefined;
    const noTcp = protocol !== undefined && NO_TCP_HEALTH_CHECK_FOR.includes(protocol);
    return values.filter((v) => HEALTH_CHECK_PROTOCOLS.includes(v) && !(noTcp && v === 'TCP'));
  }
  if (structure === 'Action' && member.name === 'Type' && object)
    return values.filter(actionTypeAllowed(object, site.owners));
  return values;
}

/**
 * Which action types may still be added: one routing action and one authentication action per
 * listener; only forward on a Network or Gateway Load Balancer; authentication only on HTTPS.
 */
function actionTypeAllowed(
  action: ObjectNode,
  owners: readonly (Node | undefined)[],
): (type: string) => boolean {
  const list = owners[owners.length - 2];
  const listener = owners[owners.length - 3];
  const others = list?.type === 'array' ? list.items.filter((i) => i !== action && i.type === 'object') : [];
  const types = others.map((o) => (o.type === 'object' ? stringValue(o, 'Type') : undefined));
  const hasRouting = types.some((t) => t !== undefined && ROUTING_ACTION_TYPES.includes(t));
  const hasAuthentication = types.some((t) => t !== undefined && AUTHENTICATION_ACTION_TYPES.includes(t));
  const listenerObject = listener?.type === 'object' ? listener : undefined;
  const lbType = listenerObject ? listenerLoadBalancerType(listenerObject) : undefined;
  const protocol = listenerObject ? stringValue(listenerObject, 'Protocol') : undefined;
  const notHttps =
    protocol !== undefined && protocol !== 'HTTPS' && enumValues('ProtocolEnum').includes(protocol);
  return (type) => {
    if (hasRouting && ROUTING_ACTION_TYPES.includes(type)) return false;
    if ((hasAuthentication || notHttps) && AUTHENTICATION_ACTION_TYPES.includes(type)) return false;
    return !(lbType && lbType !== 'application' && APPLICATION_ONLY_ACTION_TYPES.includes(type));
  };
}

function listenerLoadBalancerType(listener: ObjectNode): LoadBalancerType | undefined {
  for (const name of ['LoadBalancerArn', 'ListenerArn']) {
    const arn = stringValue(listener, name);
    const type = arn !== undefined ? loadBalancerTypeOfArn(arn) : undefined;
    if (type) return type;
  }
  return undefined;
}

function targetGroupLoadBalancerType(targetGroup: ObjectNode): LoadBalancerType | undefined {
  const arns = propertyValue(targetGroup, 'LoadBalancerArns');
  if (arns?.type !== 'array') return undefined;
  for (const item of arns.items) {
    if (item.type !== 'scalar' || typeof item.value !== 'string') continue;
    const type = loadBalancerTypeOfArn(item.value);
    if (type) return type;
  }
  return undefined;
}
