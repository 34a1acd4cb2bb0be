import { replaceNode } from '../../edits';
import type { AttributeSpec } from '../../model/attributes';
import { allowedAttributeValues, valueOf, type AttributeSet } from '../../semantics/attributes';
import { describeLoadBalancer } from '../../semantics/origin';
import { closest, listOf } from '../../suggest';
import { propertyValue } from '../../syntax/tree';
import { guideSource, type Rule } from '../rule';
import { ATTRIBUTE_KEY_SOURCES, attributesOf } from './attributeHelpers';

export const invalidAttributeValue: Rule = {
  id: 'invalid-attribute-value',
  severity: 'error',
  summary: 'An attribute value fits its key: `true`/`false`, a number in range, or one of the listed values.',
  constraint:
    'Every attribute value is a string. Switches take `true` or `false`; durations, counts and percentages take a whole number within the documented range (`deregistration_delay.timeout_seconds` 0–3600, `slow_start.duration_seconds` 30–900 or 0); the others take one of their listed values, some only on one type of load balancer (`stickiness.type`) or protocol (client IP preservation stays on for UDP, TCP_UDP, QUIC and TCP_QUIC target groups). An application cookie name cannot start with the load balancer’s own prefixes (AWSALB, AWSALBAPP, AWSALBTG).',
  sources: [
    ...ATTRIBUTE_KEY_SOURCES,
    guideSource(
      'Network Load Balancers',
      'Edit target group attributes: client IP preservation',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html#client-ip-preservation',
    ),
  ],
  scope: 'document',
  fixable: true,
  check(context) {
    for (const { set, attribute, key, spec } of attributesOf(context)) {
      const node = propertyValue(attribute, 'Value');
      const value = valueOf(attribute);
      if (!spec || node?.type !== 'scalar' || value === undefined) continue;
      const problem = valueProblem(set, spec, value);
      if (!problem) continue;
      const suggestion = problem.allowed ? closest(value, problem.allowed) : undefined;
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
      context.report(
        node,
        `\`${key}\` ${problem.text}, not \`${value}\`.${hint}`,
        suggestion
          ? [
              {
                title: `Change to \`${suggestion}\``,
                edits: [replaceNode(context.document, node, suggestion)],
              },
            ]
          : undefined,
      );
    }
  },
};

interface ValueProblem {
  /** "takes `true` or `false`". */
  text: string;
  allowed?: readonly string[];
}

function valueProblem(set: AttributeSet, spec: AttributeSpec, value: string): ValueProblem | undefined {
  const kind = spec.value;
  if (kind.kind === 'boolean' || kind.kind === 'enum') {
    const allowed = allowedAttributeValues(set, spec) ?? [];
    if (allowed.includes(value)) return undefined;
    return { text: `takes ${listOf(allowed)}${narrowing(set, spec, value)}`, allowed };
  }
  if (kind.kind === 'integer') {
    if (kind.also?.includes(value)) return undefined;
    const n = /^[0-9]{1,16}$/.test(value) ? Number(value) : NaN;
    if (n >= kind.min && n <= kind.max) return undefined;
    const span = kind.max === Infinity ? `${kind.min} or more` : `from ${kind.min} to ${kind.max}`;
    const also = kind.also?.length ? ` or ${listOf(kind.also)}` : '';
    return { text: `takes a whole number ${span}${also} (written as a string)` };
  }
  const reserved = kind.reservedPrefixes?.find((p) => value.startsWith(p));
  if (reserved)
    return { text: `cannot start with \`${reserved}\`, which the load balancer keeps for its own cookies` };
  return undefined;
}

/** Why fewer values are allowed than the key has: the load-balancer type, or the protocol. */
function narrowing(set: AttributeSet, spec: AttributeSpec, value: string): string {
  const fact = set.loadBalancer;
  const byType = fact ? spec.restriction?.byType?.[fact.type] : undefined;
  if (fact && byType && !byType.includes(value)) return ` on ${describeLoadBalancer(fact)}`;
  const protocol = set.owner.protocol;
  const byProtocol = protocol ? spec.restriction?.byProtocol?.[protocol] : undefined;
  if (byProtocol && !byProtocol.includes(value)) return ` for a ${protocol} target group`;
  return '';
}
