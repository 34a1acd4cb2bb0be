// What protocols a listener, a target group and a health check may use, given what is known about
// them. Read from the facts table only; rules judge values with these functions and completion
// offers the values they accept, so the two cannot drift apart.
import type { LoadBalancerType } from '../arn';
import { enumValues } from '../model/apiModel';
import {
  HEALTH_CHECK_PROTOCOLS,
  LISTENER_PROTOCOLS,
  NO_TCP_HEALTH_CHECK_FOR,
  TARGET_GROUP_PROTOCOLS,
} from '../model/facts';

/** The value, when it is one of the API's protocols (ProtocolEnum). */
export function knownProtocol(value: string | undefined): string | undefined {
  return value !== undefined && enumValues('ProtocolEnum').includes(value) ? value : undefined;
}

/** The listener protocols a load balancer of the type takes; every listener protocol when unknown. */
export function listenerProtocolsFor(type: LoadBalancerType | undefined): readonly string[] {
  return type ? LISTENER_PROTOCOLS[type] : ALL_LISTENER_PROTOCOLS;
}

const ALL_LISTENER_PROTOCOLS: readonly string[] = [...new Set(Object.values(LISTENER_PROTOCOLS).flat())];

/** The target-group protocols a load balancer of the type takes; every protocol when unknown. */
export function targetGroupProtocolsFor(type: LoadBalancerType | undefined): readonly string[] {
  return type ? TARGET_GROUP_PROTOCOLS[type] : enumValues('ProtocolEnum');
}

/**
 * The one type of load balancer a target-group protocol belongs to (HTTP: application, GENEVE:
 * gateway, …), from the facts table's protocols per type.
 */
export function loadBalancerTypeOfTargetGroupProtocol(protocol: string): LoadBalancerType | undefined {
  const types = (Object.keys(TARGET_GROUP_PROTOCOLS) as LoadBalancerType[]).filter((t) =>
    TARGET_GROUP_PROTOCOLS[t].includes(protocol),
  );
  return types.length === 1 ? types[0] : undefined;
}

export type HealthCheckProtocolProblem =
  /** Not a protocol a health check can run over (GENEVE, TLS, UDP, …). */
  | 'not-a-health-check-protocol'
  /** TCP for a target group that routes HTTP or HTTPS. */
  | 'tcp-for-http-target-group';

/** What is wrong with a health-check protocol for a target group of the given protocol, if anything. */
export function healthCheckProtocolProblem(
  value: string,
  targetGroupProtocol: string | undefined,
): HealthCheckProtocolProblem | undefined {
  if (!HEALTH_CHECK_PROTOCOLS.includes(value)) return 'not-a-health-check-protocol';
  if (value === 'TCP' && targetGroupProtocol && NO_TCP_HEALTH_CHECK_FOR.includes(targetGroupProtocol))
    return 'tcp-for-http-target-group';
  return undefined;
}
