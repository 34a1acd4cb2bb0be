import { removeProperty } from '../../edits';
import {
  DEFAULT_HEALTH_CHECK_PROTOCOL,
  DEFAULT_HEALTH_CHECK_PROTOCOL_TARGET_TYPES,
  DEFAULT_TARGET_TYPE,
  HTTP_HEALTH_CHECK_MEMBERS,
  NO_TCP_HEALTH_CHECK_FOR,
} from '../../model/facts';
import type { TargetGroupFacts } from '../../semantics/targetGroup';
import { property, stringValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const needsHttpHealthCheck: Rule = {
  id: 'needs-http-health-check',
  severity: 'error',
  summary: 'Matcher and HealthCheckPath are only set for HTTP or HTTPS health checks.',
  constraint:
    'Success codes and a ping path only mean something to an HTTP or HTTPS health check; a TCP health check (set explicitly, or the default of a new Network or Gateway Load Balancer target group) takes neither.',
  sources: [
    apiSource('CreateTargetGroup', 'Matcher'),
    apiSource('CreateTargetGroup', 'HealthCheckPath'),
    apiSource('CreateTargetGroup', 'HealthCheckProtocol'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    // Describe outputs can show a Matcher for TCP health checks; only requests are checked.
    if (!context.kind?.input) return;
    for (const tg of context.semantics.targetGroups) {
      const tcp = tcpHealthCheck(tg);
      if (!tcp) continue;
      for (const name of HTTP_HEALTH_CHECK_MEMBERS) {
        const p = property(tg.object, name);
        if (!p) continue;
        context.report(
          p.key,
          `\`${name}\` only applies to HTTP and HTTPS health checks, but this target group is checked over TCP (${tcp}). Remove \`${name}\`, or set HealthCheckProtocol to HTTP or HTTPS.`,
          [{ title: `Remove \`${name}\``, edits: [removeProperty(context.document, p)] }],
        );
      }
    }
  },
};

/** Why the health check surely runs over TCP, or undefined when it may not. */
function tcpHealthCheck(tg: TargetGroupFacts): string | undefined {
  // A lambda target group takes no HealthCheckProtocol at all (lambda-target-group).
  if (tg.targetType === 'lambda') return undefined;
  const explicit = stringValue(tg.object, 'HealthCheckProtocol');
  if (explicit !== undefined) {
    // A TCP check of an HTTP or HTTPS target group is itself wrong (health-check-protocol).
    if (explicit !== 'TCP' || (tg.protocol && NO_TCP_HEALTH_CHECK_FOR.includes(tg.protocol)))
      return undefined;
    return '`HealthCheckProtocol` is `TCP`';
  }
  const lbType = tg.loadBalancer?.type;
  if (tg.operation !== 'create' || !tg.protocol || !lbType) return undefined;
  // Only instance and ip target groups are known to default to the load-balancer type's protocol.
  const targetType = tg.targetType ?? DEFAULT_TARGET_TYPE;
  if (!DEFAULT_HEALTH_CHECK_PROTOCOL_TARGET_TYPES.includes(targetType)) return undefined;
  if (DEFAULT_HEALTH_CHECK_PROTOCOL[lbType] !== 'TCP') return undefined;
  return `the default for a new \`${tg.protocol}\` target group`;
}
