// The values a member takes, from the generated model's enums and the facts table, narrowed by
// the semantic layer, which the rules ask too: by the load-balancer type an ARN names, by the
// other actions of a listener or rule, by a rule's other conditions, by the target group's protocol.
import { enumValues, type MemberModel, type TypeRef } from '../model/apiModel';
import {
  factsFor,
  LISTENER_PROTOCOLS,
  REDIRECT_COMPONENT_KEYWORDS,
  SSL_POLICIES,
  TRAFFIC_PORT,
  type SslPolicy,
} from '../model/facts';
import { describeSslPolicy } from '../model/sslPolicyText';
import { actionListOfOwner } from '../semantics/actionOwner';
import { canTakeAction } from '../semantics/actions';
import { attributeCandidates } from './attributeValues';
import { canTakeCondition } from '../semantics/conditions';
import { allowedListenerProtocols, listenerFacts, type ListenerFacts } from '../semantics/listener';
import { healthCheckProtocolProblem, listenerProtocolsFor } from '../semantics/protocols';
import { ruleFacts, type RuleFacts } from '../semantics/rule';
import { isListenerStructure, isTargetGroupStructure } from '../semantics/structures';
import { allowedTargetGroupProtocols, targetGroupFacts } from '../semantics/targetGroup';
import { owningProperty, type Node } from '../syntax/tree';

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
  /**
   * What another layer knows of the resource the root object is, beyond what the object says: a
   * template's Listener, whose load balancer is another resource of the template. Narrowing asks
   * it before reading the object alone.
   */
  resource?: ListenerFacts | RuleFacts;
}

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
  const attribute = site.item ? undefined : attributeCandidates(structure, member.name, site.owners);
  if (attribute) return attribute.map((c) => ({ kind: 'value', literal: false, ...c }));

  const candidates: ValueCandidate[] = [];
  const listed = narrowListed(site, factsFor(structure, member.name, site.item)?.values?.values ?? []);
  candidates.push(...listed.map((v) => value(v, allowed)));
  if (member.name === 'SslPolicy')
    candidates.push(...SSL_POLICIES.map((p) => value(p.name, policyDetail(p))));
  if (structure === REDIRECT && member.name === 'Protocol')
    candidates.push(...LISTENER_PROTOCOLS.application.map((v) => value(v, 'redirect protocol')));
  if (structure === REDIRECT)
    candidates.push(
      ...(REDIRECT_COMPONENT_KEYWORDS[member.name] ?? []).map((k) => keyword(k, keywordDetail(k))),
    );
  if (isTargetGroupStructure(structure) && member.name === 'HealthCheckPort')
    candidates.push(keyword(TRAFFIC_PORT, 'the port each target receives traffic on'));
  return candidates;
}

/** Values the facts table lists, narrowed like enums: a condition Field by the rule's other conditions. */
function narrowListed(site: ValueSite, values: readonly string[]): readonly string[] {
  const { structure, member } = site;
  if (structure !== 'RuleCondition' || member.name !== 'Field') return values;
  // The condition sits in a rule's Conditions: owners end rule, list, condition.
  const [rule, list, condition] = site.owners.slice(-3);
  if (rule?.type !== 'object' || list?.type !== 'array' || condition?.type !== 'object') return values;
  const facts = ruleFacts(rule);
  return values.filter((field) => canTakeCondition(facts, field, condition));
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
  if (isListenerStructure(structure) && member.name === 'Protocol') {
    const known = site.resource?.owner === 'listener' ? site.resource : undefined;
    const allowed = known
      ? allowedListenerProtocols(known)
      : object
        ? allowedListenerProtocols(listenerFacts(object))
        : listenerProtocolsFor(undefined);
    return values.filter((v) => allowed.includes(v));
  }
  if (isTargetGroupStructure(structure) && member.name === 'Protocol') {
    if (!object) return values;
    const allowed = allowedTargetGroupProtocols(targetGroupFacts(object));
    return values.filter((v) => allowed.includes(v));
  }
  if (isTargetGroupStructure(structure) && member.name === 'HealthCheckProtocol') {
    const protocol = object ? targetGroupFacts(object).protocol : undefined;
    return values.filter((v) => healthCheckProtocolProblem(v, protocol) === undefined);
  }
  if (structure === 'Action' && member.name === 'Type' && object) {
    // The action sits in a listener's DefaultActions or a rule's Actions: owners end owner, list, action.
    const owner = site.owners[site.owners.length - 3];
    const list = site.owners[site.owners.length - 2];
    if (owner?.type !== 'object' || list?.type !== 'array') return values;
    const facts =
      owner === site.owners[0] && site.resource
        ? site.resource
        : actionListOfOwner(owner, owningProperty(list)?.key.value ?? '');
    return facts ? values.filter((type) => canTakeAction(facts, type, object)) : values;
  }
  return values;
}
