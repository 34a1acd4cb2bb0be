// What a hovered value means: an ARN's resource, an SSL policy's TLS versions, an action type's
// role, a protocol's load-balancer type, or the model documentation's line about an enum value.
import { describeSslPolicy, sslPolicy } from '../model/sslPolicyText';
import {
  LOAD_BALANCER_TYPE_LABEL,
  loadBalancerTypeOfArn,
  parseArn,
  resourceTypeOf,
  shapeOfArn,
  type LoadBalancerType,
} from '../arn';
import {
  ACTION_CONFIG_MEMBERS,
  HEALTH_CHECK_PROTOCOLS,
  LISTENER_PROTOCOLS,
  NO_TCP_HEALTH_CHECK_FOR,
  SSL_POLICIES,
  TARGET_GROUP_PROTOCOLS,
  factsFor,
} from '../model/facts';
import { docsOfEnum, valueExplanation } from './docText';
import { code, userCode } from './markdown';
import { isAuthenticationAction, isRoutingAction } from '../semantics/actions';
import { isListenerStructure, isTargetGroupStructure } from '../semantics/structures';
import { actionScope, allowedValues } from './memberFacts';
import type { Subject } from './subject';

/**
 * Our own one-line summaries of values whose meaning the model's documentation does not spell
 * out (it only lists them). Source: "Mutual authentication with TLS" in the Application Load
 * Balancers Guide.
 */
const VALUE_NOTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'MutualAuthenticationAttributes.Mode': {
    off: 'mutual TLS is off; the load balancer asks clients for no certificate.',
    passthrough:
      'the load balancer hands the client certificate chain to the targets in an HTTP header, unchecked.',
    verify: 'the load balancer checks the client certificate against the trust store of `TrustStoreArn`.',
  },
};

/** A Markdown paragraph about a string value, or undefined when there is nothing to say. */
export function explainValue(subject: Subject, value: string): string | undefined {
  const arn = arnText(value);
  if (arn) return arn;
  const head = `**${userCode(value)}**`;
  const { structure, member } = subject;
  if (member.name === 'SslPolicy') return `${head}: ${sslPolicyText(value)}`;
  if (structure === 'Action' && member.name === 'Type') {
    const text = actionTypeText(value);
    if (text) return `${head}: ${text}`;
  }
  const protocol = protocolText(subject, value);
  if (protocol) return `${head}: ${protocol}`;
  const note = VALUE_NOTES[`${structure}.${member.name}`]?.[value];
  if (note) return `${head}: ${note}`;
  const allowed = allowedValues(subject.type, factsFor(structure, member.name, subject.item));
  if (!allowed?.includes(value)) return undefined;
  const explained = valueExplanation(docsOfEnum(subject.type, member), value);
  return explained ? `${head}: ${explained}` : undefined;
}

/** "This ARN names an Application Load Balancer `my-lb`, in `us-west-2`, account `123456789012`." */
export function arnText(value: string): string | undefined {
  const arn = parseArn(value);
  if (!arn) return undefined;
  const shape = shapeOfArn(arn);
  const segments = arn.resource.split('/');
  const lbType = loadBalancerTypeOfArn(value);
  let what: string;
  if (shape?.kind === 'load-balancer' && lbType) what = `${article(lbType)} ${userCode(segments[2] ?? '')}`;
  else if ((shape?.kind === 'listener' || shape?.kind === 'listener-rule') && lbType)
    what = `${shape.label} of the ${LOAD_BALANCER_TYPE_LABEL[lbType]} ${userCode(segments[2] ?? '')}`;
  else if (shape && ['target-group', 'trust-store', 'classic-load-balancer'].includes(shape.kind))
    what = `${shape.label} ${userCode(segments[1] ?? '')}`;
  else if (shape) what = shape.label;
  else what = `a ${userCode(resourceTypeOf(arn))} resource of the ${userCode(arn.service)} service`;
  const where = [
    arn.region ? `in ${userCode(arn.region)}` : '',
    arn.account ? `account ${userCode(arn.account)}` : '',
  ]
    .filter((s) => s)
    .join(', ');
  return `This ARN names ${what}${where ? `, ${where}` : ''}.`;
}

function article(type: LoadBalancerType): string {
  const label = LOAD_BALANCER_TYPE_LABEL[type];
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}

function sslPolicyText(value: string): string {
  const policy = sslPolicy(value);
  if (!policy) return `not among the ${SSL_POLICIES.length} predefined security policies elbv2-ls knows.`;
  return `predefined security policy; ${describeSslPolicy(policy)}.`;
}

function actionTypeText(type: string): string | undefined {
  const members = ACTION_CONFIG_MEMBERS[type];
  if (!members) return undefined;
  const role = isRoutingAction(type)
    ? 'routing action'
    : isAuthenticationAction(type)
      ? 'authentication action'
      : 'action';
  const needs = `needs ${members.map((m) => code(m)).join(' or ')}`;
  const where = actionScope(type);
  return `${role}; ${needs}${where ? `; ${where} only` : ''}.`;
}

function protocolText(subject: Subject, value: string): string | undefined {
  const { structure, member } = subject;
  if (member.name === 'Protocol' && isListenerStructure(structure))
    return protocolOwners(LISTENER_PROTOCOLS, value, 'listener');
  if (member.name === 'Protocol' && isTargetGroupStructure(structure))
    return protocolOwners(TARGET_GROUP_PROTOCOLS, value, 'target-group');
  if (member.name === 'HealthCheckProtocol' && isTargetGroupStructure(structure)) {
    if (!HEALTH_CHECK_PROTOCOLS.includes(value))
      return `not a health-check protocol (those are ${HEALTH_CHECK_PROTOCOLS.map((p) => code(p)).join(', ')}).`;
    const not = value === 'TCP' ? NO_TCP_HEALTH_CHECK_FOR.map((p) => code(p)).join(' and ') : '';
    return `health checks over ${value}${not ? `; not for ${not} target groups` : ''}.`;
  }
  return undefined;
}

function protocolOwners(
  table: Readonly<Record<LoadBalancerType, readonly string[]>>,
  value: string,
  what: string,
): string | undefined {
  const types = (Object.keys(table) as LoadBalancerType[]).filter((t) => table[t].includes(value));
  if (types.length === 0) return undefined;
  const owners = types.map((t) => LOAD_BALANCER_TYPE_LABEL[t]).join(' or ');
  return `${/^[AEIOU]/.test(owners) ? 'an' : 'a'} ${owners} ${what} protocol.`;
}
