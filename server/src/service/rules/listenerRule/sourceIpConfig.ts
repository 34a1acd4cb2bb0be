import { removeProperty } from '../../edits';
import type { LoadBalancerType } from '../../arn';
import { SOURCE_IP_MEMBER_FOR } from '../../model/ruleConditionFacts';
import { ownConfigOf } from '../../semantics/conditions';
import { describeLoadBalancer } from '../../semantics/origin';
import type { Fix } from '../../findings';
import { isArray, property, type ParsedDocument, type Property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { checkCidr } from './cidr';
import { conditionsOf, stringOf } from './common';

const MEMBERS = Object.entries(SOURCE_IP_MEMBER_FOR) as [keyof typeof SOURCE_IP_MEMBER_FOR, string][];

export const sourceIpConfig: Rule = {
  id: 'source-ip-config',
  severity: 'error',
  summary:
    'A source-ip condition matches CIDR blocks (Values) on an Application Load Balancer, the address family (IpAddressType) on a Network Load Balancer.',
  constraint:
    "SourceIpConfig takes Values, a list of CIDR blocks, in the rules of an Application Load Balancer, and IpAddressType (ipv4 or ipv6) in the rules of a Network Load Balancer; one condition uses one or the other, never both. Which one is wrong is checked when the load-balancer type is known from the rule's ARN.",
  sources: [
    apiSource('RuleCondition', 'Field'),
    apiSource('SourceIpConditionConfig', 'Values'),
    apiSource('SourceIpConditionConfig', 'IpAddressType'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const { rule, condition, field } of conditionsOf(context.semantics.rules)) {
      if (field !== 'source-ip') continue;
      const config = ownConfigOf(condition, field);
      if (!config) continue;
      const present = MEMBERS.filter(([, name]) => property(config, name));
      const type = rule.loadBalancer?.type;
      const own = isOwnType(type) ? SOURCE_IP_MEMBER_FOR[type] : undefined;
      for (const [belongsTo, name] of present) {
        const p = property(config, name);
        if (!p) continue;
        if (own !== undefined && own !== name) {
          const hasOwn = property(config, own) !== undefined;
          context.report(
            p.key,
            `\`${name}\` is for the rules of ${belongsTo === 'application' ? 'an Application' : 'a Network'} Load Balancer, and this rule's listener belongs to ${describeLoadBalancer(rule.loadBalancer)}, which matches on \`${own}\`. Remove \`${name}\`${hasOwn ? '' : ` and give \`${own}\``}.`,
            hasOwn
              ? [{ title: `Remove \`${name}\``, edits: [removeProperty(context.document, p)] }]
              : familyFix(context.document, p),
          );
          continue;
        }
        if (own === undefined && present.length > 1 && belongsTo === 'network')
          context.report(
            p.key,
            '`Values` (CIDR blocks, for an Application Load Balancer) and `IpAddressType` (for a Network Load Balancer) cannot be used together: keep the one of your load balancer type.',
          );
      }
    }
  },
};

/**
 * On a Network Load Balancer, CIDR blocks that are all of one address family become the
 * IpAddressType of that family; otherwise the values cannot be translated and no fix is offered.
 */
function familyFix(document: ParsedDocument, values: Property): Fix[] {
  if (!isArray(values.value) || values.value.items.length === 0) return [];
  const families = new Set(values.value.items.map((item) => checkCidr(stringOf(item) ?? '').family));
  const [family] = families;
  if (families.size !== 1 || family === undefined) return [];
  const text = document.syntax === 'json' ? `"IpAddressType": "${family}"` : `IpAddressType: ${family}`;
  return [
    {
      title: `Match ${family === 'ipv4' ? 'IPv4' : 'IPv6'} clients (\`IpAddressType: ${family}\`)`,
      edits: [{ start: values.start, end: values.end, newText: text }],
    },
  ];
}

function isOwnType(type: LoadBalancerType | undefined): type is 'application' | 'network' {
  return type === 'application' || type === 'network';
}
