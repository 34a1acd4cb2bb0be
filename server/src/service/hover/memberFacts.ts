// The facts lines of a member's hover: limits, format, required, where it applies, default and
// allowed values (the current one marked). Everything comes from the model and facts.ts.
import { ARN_SHAPES, LOAD_BALANCER_TYPE_LABEL, type LoadBalancerType } from '../arn';
import type { Binding } from '../bind';
import { enumValues } from '../model/apiModel';
import {
  ACTION_CONFIG_MEMBERS,
  APPLICATION_ONLY_ACTION_TYPES,
  EC2_ID_DIGITS,
  EC2_ID_FORMATS,
  factsFor,
  GRPC_CODE_RANGE,
  HEALTH_CHECK_PROTOCOLS,
  HTTP_CODE_RANGES,
  HTTP_HEALTH_CHECK_MEMBERS,
  LISTENER_MEMBER_PROTOCOLS,
  LISTENER_PROTOCOLS,
  NOT_FOR_LAMBDA,
  NOT_FOR_LAMBDA_HEALTH_CHECK,
  PROTOCOL_VERSION_PROTOCOLS,
  REQUIRED_UNLESS_LAMBDA,
  SSL_POLICIES,
  type MemberFacts,
} from '../model/facts';
import type { TypeRef } from '../model/apiModel';
import { isAuthenticationAction } from '../semantics/actions';
import { isListenerStructure, isTargetGroupStructure } from '../semantics/structures';
import type { Node } from '../syntax/tree';
import { documentedDefault } from './docText';
import { code, span } from './markdown';
import { enclosingActionMember, type Subject } from './subject';

/** The "- **Label:** text" lines of a member's hover. */
export function factLines(subject: Subject, binding: Binding, input: boolean): string[] {
  const { structure, member } = subject;
  const own = factsFor(structure, member.name, subject.item);
  const lines = limits(own).map(([label, text]) => `- **${label}:** ${text}`);
  const itemFacts = subject.item ? undefined : factsFor(structure, member.name, true);
  const itemLimits = limits(itemFacts).map(([label, text]) => `${label.toLowerCase()} ${text}`);
  if (itemLimits.length > 0) lines.push(`- **Each item:** ${itemLimits.join('; ')}`);
  lines.push(...codeRangeLines(structure, member.name));
  if (input && !subject.item) lines.push(`- **Required:** ${requiredText(subject)}`);
  const applies = appliesTo(subject, binding);
  if (applies.length > 0) lines.push(`- **Applies to:** ${applies.join('; ')}`);
  const byDefault = documentedDefault(member.doc);
  if (byDefault && !subject.item) lines.push(`- **Default:** ${byDefault}`);
  const allowed = allowedLine(subject, itemFacts ?? own);
  if (allowed) lines.push(allowed);
  return lines;
}

/** [label, text] pairs of a facts entry's limits and format. */
function limits(facts: MemberFacts | undefined): [string, string][] {
  if (!facts) return [];
  const result: [string, string][] = [];
  if (facts.range) result.push(['Range', span(facts.range.min, facts.range.max)]);
  if (facts.length) result.push(['Length', `${span(facts.length.min, facts.length.max)} characters`]);
  if (facts.items) result.push(['Items', span(facts.items.min, facts.items.max)]);
  if (facts.pattern) result.push(['Format', facts.pattern.expected]);
  if (facts.httpsUrl) result.push(['Format', 'a full `https://` URL with a host']);
  const arnKind = facts.arn;
  if (arnKind) {
    const shapes = ARN_SHAPES.filter((s) => s.kind === arnKind);
    const labels = [...new Set(shapes.map((s) => s.label))].join(' or ');
    result.push(['Format', `ARN of ${labels}: ${shapes.map((s) => code(s.form)).join(' or ')}`]);
  }
  if (facts.ec2Id) {
    const { label, prefix } = EC2_ID_FORMATS[facts.ec2Id];
    result.push([
      'Format',
      `${label} ID: ${code(prefix)} and ${EC2_ID_DIGITS.join(' or ')} hexadecimal digits`,
    ]);
  }
  return result;
}

function codeRangeLines(structure: string, memberName: string): string[] {
  if (structure !== 'Matcher') return [];
  if (memberName === 'GrpcCode') return [`- **Range:** ${span(GRPC_CODE_RANGE.min, GRPC_CODE_RANGE.max)}`];
  if (memberName !== 'HttpCode') return [];
  const parts = HTTP_CODE_RANGES.map(
    (r) => `${span(r.min, r.max)} for ${r.protocols.join(', ')} target groups`,
  );
  return [`- **Range:** ${parts.join('; ')}`];
}

function requiredText(subject: Subject): string {
  if (subject.member.required) return 'yes';
  if (subject.structure === 'CreateTargetGroupInput' && REQUIRED_UNLESS_LAMBDA.includes(subject.member.name))
    return 'yes, unless `TargetType` is `lambda`';
  return 'no';
}

/** Where a member applies: listener protocols, action types, load-balancer or target types. */
function appliesTo(subject: Subject, binding: Binding): string[] {
  const { structure, member, value } = subject;
  const result: string[] = [];
  if (isListenerStructure(structure)) {
    const protocols = LISTENER_MEMBER_PROTOCOLS[member.name];
    if (protocols) result.push(`${protocols.join(' and ')} listeners`);
    if (member.name === 'Protocol') {
      const types = (Object.keys(LISTENER_PROTOCOLS) as LoadBalancerType[]).filter(
        (t) => (LISTENER_PROTOCOLS[t] ?? []).length > 0,
      );
      result.push(`${types.map((t) => LOAD_BALANCER_TYPE_LABEL[t]).join(' and ')} listeners`);
    }
  }
  if (isTargetGroupStructure(structure)) {
    if (member.name === 'ProtocolVersion')
      result.push(`${PROTOCOL_VERSION_PROTOCOLS.join(' and ')} target groups`);
    if (HTTP_HEALTH_CHECK_MEMBERS.includes(member.name)) result.push('HTTP and HTTPS health checks');
    if (NOT_FOR_LAMBDA.includes(member.name) || NOT_FOR_LAMBDA_HEALTH_CHECK.includes(member.name))
      result.push('target groups other than `lambda` ones');
  }
  const inAction = value ? enclosingActionMember(binding, value) : undefined;
  if (inAction) {
    const type = Object.keys(ACTION_CONFIG_MEMBERS).find((t) =>
      (ACTION_CONFIG_MEMBERS[t] ?? []).includes(inAction.memberName),
    );
    if (type) result.push(actionApplicability(type));
  }
  return result;
}

/** Where an action type runs, when not on every listener. */
export function actionScope(type: string): string | undefined {
  if (isAuthenticationAction(type)) return 'HTTPS listeners of an Application Load Balancer';
  if (APPLICATION_ONLY_ACTION_TYPES.includes(type)) return 'Application Load Balancer';
  return undefined;
}

/** "`redirect` actions (Application Load Balancer)". */
function actionApplicability(type: string): string {
  const scope = actionScope(type);
  return `${code(type)} actions${scope ? ` (${scope})` : ''}`;
}

function allowedLine(subject: Subject, facts: MemberFacts | undefined): string | undefined {
  const current = currentValues(subject.value);
  if (subject.member.name === 'SslPolicy') {
    const known = SSL_POLICIES.map((p) => p.name);
    const now = current.filter((c) => known.includes(c)).map((c) => `**${code(c)}** ✓`);
    return `- **Allowed values:** one of ${known.length} predefined security policies${now.length > 0 ? `; current: ${now.join(', ')}` : ''}`;
  }
  const values = narrowed(subject, allowedValues(subject.type, facts));
  if (!values) return undefined;
  const byDefault = documentedDefault(subject.member.doc);
  const listed = values.map((v) => {
    const shown = current.includes(v) ? `**${code(v)}** ✓` : code(v);
    return byDefault === code(v) ? `${shown} (default)` : shown;
  });
  const label = subject.type.kind === 'list' ? 'Allowed values (each item)' : 'Allowed values';
  return `- **${label}:** ${listed.join(', ')}`;
}

/** The enum values of a type (or of its items), else the facts table's list. */
export function allowedValues(type: TypeRef, facts: MemberFacts | undefined): readonly string[] | undefined {
  const scalar = type.kind === 'list' ? type.item : type;
  if (scalar.kind === 'enum') return enumValues(scalar.name);
  return facts?.values?.values;
}

/** The protocols a listener or a health check takes are fewer than ProtocolEnum's. */
function narrowed(subject: Subject, values: readonly string[] | undefined): readonly string[] | undefined {
  const { structure, member } = subject;
  if (!values) return undefined;
  if (member.name === 'Protocol' && isListenerStructure(structure)) {
    const listener = Object.values(LISTENER_PROTOCOLS).flat();
    return values.filter((v) => listener.includes(v));
  }
  if (member.name === 'HealthCheckProtocol' && isTargetGroupStructure(structure))
    return values.filter((v) => HEALTH_CHECK_PROTOCOLS.includes(v));
  return values;
}

function currentValues(value: Node | undefined): string[] {
  if (!value) return [];
  const nodes = value.type === 'array' ? value.items : [value];
  return nodes.flatMap((n) => (n.type === 'scalar' && typeof n.value === 'string' ? [n.value] : []));
}
