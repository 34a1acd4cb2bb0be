import { replaceNode } from '../../edits';
import type { Fix } from '../../findings';
import { HEALTH_CHECK_PROTOCOLS, NO_TCP_HEALTH_CHECK_FOR } from '../../model/facts';
import { healthCheckProtocolProblem, knownProtocol } from '../../semantics/protocols';
import type { TargetGroupFacts } from '../../semantics/targetGroup';
import { propertyValue, type ParsedDocument, type ScalarNode } from '../../syntax/tree';
import { listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';

export const healthCheckProtocol: Rule = {
  id: 'health-check-protocol',
  severity: 'error',
  summary: 'Health checks use HTTP, HTTPS or TCP, and not TCP for an HTTP or HTTPS target group.',
  constraint:
    'A load balancer can only probe targets over HTTP, HTTPS or TCP, so GENEVE, TLS, UDP, TCP_UDP, QUIC and TCP_QUIC are refused as HealthCheckProtocol; and a target group that routes HTTP or HTTPS traffic cannot be health-checked over plain TCP.',
  sources: [
    apiSource('CreateTargetGroup', 'HealthCheckProtocol'),
    apiSource('ModifyTargetGroup', 'HealthCheckProtocol'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      const node = propertyValue(tg.object, 'HealthCheckProtocol');
      if (node?.type !== 'scalar' || typeof node.value !== 'string') continue;
      const value = node.value;
      if (!knownProtocol(value)) continue; // invalid-enum-value reports it
      const problem = healthCheckProtocolProblem(value, tg.protocol);
      if (problem === 'not-a-health-check-protocol') {
        context.report(
          node,
          `\`${value}\` cannot be used for health checks: the load balancer probes targets over ${listOf(HEALTH_CHECK_PROTOCOLS)} only.${advice(tg)}`,
          fixes(context.document, node, tg),
        );
      } else if (problem === 'tcp-for-http-target-group') {
        context.report(
          node,
          `Target groups with protocol \`${tg.protocol ?? ''}\` cannot be health-checked over \`TCP\`: use ${listOf(NO_TCP_HEALTH_CHECK_FOR)}.`,
          fixes(context.document, node, tg),
        );
      }
    }
  },
};

/** The health-check protocol that surely fits the target group, if there is one. */
function replacement(tg: TargetGroupFacts): string | undefined {
  if (!tg.protocol) return undefined;
  if (NO_TCP_HEALTH_CHECK_FOR.includes(tg.protocol)) return tg.protocol;
  return knownProtocol(tg.protocol) ? 'TCP' : undefined;
}

function advice(tg: TargetGroupFacts): string {
  const value = replacement(tg);
  if (!value || !tg.protocol) return '';
  return NO_TCP_HEALTH_CHECK_FOR.includes(tg.protocol)
    ? ` Target groups with protocol \`${tg.protocol}\` are usually checked over \`${value}\`.`
    : ` Target groups with protocol \`${tg.protocol}\` can be checked over \`TCP\`, or over HTTP or HTTPS.`;
}

function fixes(document: ParsedDocument, node: ScalarNode, tg: TargetGroupFacts): Fix[] | undefined {
  const value = replacement(tg);
  return value
    ? [{ title: `Change to \`${value}\``, edits: [replaceNode(document, node, value)] }]
    : undefined;
}
