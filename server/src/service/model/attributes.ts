// The attribute keys of target groups, load balancers and listeners (ModifyTargetGroupAttributes,
// ModifyLoadBalancerAttributes, ModifyListenerAttributes, and CloudFormation's
// TargetGroupAttributes / LoadBalancerAttributes / ListenerAttributes): for each key, where it
// applies and what value it takes. The SDK types every key and value as a plain string; this table
// is what it lacks. Each entry cites where it is stated: the documentation of the service model's
// `TargetGroupAttribute.Key`, `LoadBalancerAttribute.Key` or `ListenerAttribute.Key` (`doc`), or a
// page of a user guide (`guide`). test/attributes.test.ts holds every `doc` entry (key, section,
// numbers, values) against ../shared/reference/elbv2-service-2.json, and checks that every key
// the documentation lists is here.
import type { LoadBalancerType } from '../arn';

export type AttributeResource = 'target-group' | 'load-balancer' | 'listener';

export const ATTRIBUTE_RESOURCES: readonly AttributeResource[] = [
  'target-group',
  'load-balancer',
  'listener',
];

/** The API structure of one attribute of each resource. */
export const ATTRIBUTE_STRUCTURE: Readonly<Record<AttributeResource, string>> = {
  'target-group': 'TargetGroupAttribute',
  'load-balancer': 'LoadBalancerAttribute',
  listener: 'ListenerAttribute',
};

export type AttributeCitation =
  { via: 'doc'; of: string } | { via: 'guide'; guide: string; section: string; url: string };

export type AttributeValue =
  /** The strings `true` or `false`. */
  | { kind: 'boolean' }
  /** An integer in [min, max], written as a string; `also` lists other words it accepts (`off`). */
  | { kind: 'integer'; min: number; max: number; also?: readonly string[] }
  | { kind: 'enum'; values: readonly string[] }
  /** Free text; `reservedPrefixes` it must not start with. */
  | { kind: 'string'; reservedPrefixes?: readonly string[] };

/** A value the attribute cannot take for some load-balancer types or target-group protocols. */
export interface ValueRestriction {
  /** Per load-balancer type, the values allowed there (a subset of the attribute's values). */
  byType?: Partial<Readonly<Record<LoadBalancerType, readonly string[]>>>;
  /** Per target-group protocol, the values allowed there. */
  byProtocol?: Readonly<Record<string, readonly string[]>>;
  cite: AttributeCitation;
}

/** Another attribute of the same resource this one depends on. */
export interface AttributeDependency {
  key: string;
  /** The values of `key` this attribute needs. */
  values: readonly string[];
  /** `key`'s value when a complete set of attributes (a template resource) leaves it out. */
  defaultValue?: string;
  /** Only these values of this attribute need it; every value when absent. */
  when?: readonly string[];
  cite: AttributeCitation;
}

export interface AttributeSpec {
  resource: AttributeResource;
  key: string;
  /** The load-balancer types whose resources take the key. */
  loadBalancerTypes: readonly LoadBalancerType[];
  /** Target groups only: the target types that take it, when not all. */
  targetTypes?: readonly string[];
  /** Listeners only: the listener protocols that take it, when not all of its load balancer's. */
  protocols?: readonly string[];
  value: AttributeValue;
  restriction?: ValueRestriction;
  dependency?: AttributeDependency;
  /** An attribute that must be set together with this one, to the same value. */
  sameAs?: { key: string; cite: AttributeCitation };
  /** An attribute a complete set needs when this one has the value `when` (logs need a bucket). */
  needs?: { when: string; key: string; cite: AttributeCitation };
  /** Where the key is listed. */
  cite: AttributeCitation;
  /** The guide page that states what the reference leaves out (a value type, the protocols). */
  alsoFrom?: AttributeCitation;
}

const TG_DOC: AttributeCitation = { via: 'doc', of: 'TargetGroupAttribute.Key' };
const LB_DOC: AttributeCitation = { via: 'doc', of: 'LoadBalancerAttribute.Key' };
const LISTENER_DOC: AttributeCitation = { via: 'doc', of: 'ListenerAttribute.Key' };

const ALL: readonly LoadBalancerType[] = ['application', 'network', 'gateway'];
const ALB: readonly LoadBalancerType[] = ['application'];
const NLB: readonly LoadBalancerType[] = ['network'];
const GWLB: readonly LoadBalancerType[] = ['gateway'];
const ALB_NLB: readonly LoadBalancerType[] = ['application', 'network'];
const NLB_GWLB: readonly LoadBalancerType[] = ['network', 'gateway'];

const BOOLEAN: AttributeValue = { kind: 'boolean' };
const TEXT: AttributeValue = { kind: 'string' };
const range = (min: number, max: number, also?: readonly string[]): AttributeValue =>
  also ? { kind: 'integer', min, max, also } : { kind: 'integer', min, max };
const oneOf = (...values: string[]): AttributeValue => ({ kind: 'enum', values });

/** Target types other than lambda (TargetTypeEnum). */
const NOT_LAMBDA = ['instance', 'ip', 'alb'];
const INSTANCE_OR_IP = ['instance', 'ip'];

const NLB_CLIENT_IP_GUIDE: AttributeCitation = {
  via: 'guide',
  guide: 'Network Load Balancers',
  section: 'Edit target group attributes: client IP preservation',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html#client-ip-preservation',
};
const ALB_HEADER_GUIDE: AttributeCitation = {
  via: 'guide',
  guide: 'Application Load Balancers',
  section: 'HTTP header modification',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/header-modification.html',
};

const tg = (key: string, spec: Omit<AttributeSpec, 'resource' | 'key' | 'cite'>): AttributeSpec => ({
  resource: 'target-group',
  key,
  cite: TG_DOC,
  ...spec,
});
const lb = (key: string, spec: Omit<AttributeSpec, 'resource' | 'key' | 'cite'>): AttributeSpec => ({
  resource: 'load-balancer',
  key,
  cite: LB_DOC,
  ...spec,
});
const listener = (key: string, spec: Omit<AttributeSpec, 'resource' | 'key' | 'cite'>): AttributeSpec => ({
  resource: 'listener',
  key,
  cite: LISTENER_DOC,
  ...spec,
});

/** Logs of a load balancer: `<name>.s3.enabled`, `.bucket` and `.prefix` (the bucket needed when enabled). */
function logs(name: string, types: readonly LoadBalancerType[]): AttributeSpec[] {
  return [
    lb(`${name}.s3.enabled`, {
      loadBalancerTypes: types,
      value: BOOLEAN,
      needs: { when: 'true', key: `${name}.s3.bucket`, cite: LB_DOC },
    }),
    lb(`${name}.s3.bucket`, { loadBalancerTypes: types, value: TEXT }),
    lb(`${name}.s3.prefix`, { loadBalancerTypes: types, value: TEXT }),
  ];
}

/** The eight request headers an Application Load Balancer's HTTPS listener can rename. */
const RENAMED_REQUEST_HEADERS = [
  'x_amzn_mtls_clientcert_serial_number',
  'x_amzn_mtls_clientcert_issuer',
  'x_amzn_mtls_clientcert_subject',
  'x_amzn_mtls_clientcert_validity',
  'x_amzn_mtls_clientcert_leaf',
  'x_amzn_mtls_clientcert',
  'x_amzn_tls_version',
  'x_amzn_tls_cipher_suite',
];
/** The response headers an Application Load Balancer's listener can add. */
const ADDED_RESPONSE_HEADERS = [
  'strict_transport_security',
  'access_control_allow_origin',
  'access_control_allow_methods',
  'access_control_allow_headers',
  'access_control_allow_credentials',
  'access_control_expose_headers',
  'access_control_max_age',
  'content_security_policy',
  'x_content_type_options',
  'x_frame_options',
];

export const ATTRIBUTES: readonly AttributeSpec[] = [
  // Target groups: every load balancer.
  tg('deregistration_delay.timeout_seconds', {
    loadBalancerTypes: ALL,
    targetTypes: NOT_LAMBDA,
    value: range(0, 3600),
  }),
  tg('stickiness.enabled', { loadBalancerTypes: ALL, value: BOOLEAN }),
  tg('stickiness.type', {
    loadBalancerTypes: ALL,
    value: oneOf('lb_cookie', 'app_cookie', 'source_ip', 'source_ip_dest_ip', 'source_ip_dest_ip_proto'),
    restriction: {
      byType: {
        application: ['lb_cookie', 'app_cookie'],
        network: ['source_ip'],
        gateway: ['source_ip_dest_ip', 'source_ip_dest_ip_proto'],
      },
      cite: TG_DOC,
    },
  }),
  // Target groups of Application and Network Load Balancers.
  tg('load_balancing.cross_zone.enabled', {
    loadBalancerTypes: ALB_NLB,
    value: oneOf('true', 'false', 'use_load_balancer_configuration'),
  }),
  tg('target_group_health.dns_failover.minimum_healthy_targets.count', {
    loadBalancerTypes: ALB_NLB,
    value: range(1, Infinity, ['off']),
  }),
  tg('target_group_health.dns_failover.minimum_healthy_targets.percentage', {
    loadBalancerTypes: ALB_NLB,
    value: range(1, 100, ['off']),
  }),
  tg('target_group_health.unhealthy_state_routing.minimum_healthy_targets.count', {
    loadBalancerTypes: ALB_NLB,
    value: range(1, Infinity),
  }),
  tg('target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage', {
    loadBalancerTypes: ALB_NLB,
    value: range(1, 100, ['off']),
  }),
  // Target groups of Application Load Balancers with instance or IP targets.
  tg('load_balancing.algorithm.type', {
    loadBalancerTypes: ALB,
    targetTypes: INSTANCE_OR_IP,
    value: oneOf('round_robin', 'least_outstanding_requests', 'weighted_random'),
  }),
  tg('load_balancing.algorithm.anomaly_mitigation', {
    loadBalancerTypes: ALB,
    targetTypes: INSTANCE_OR_IP,
    value: oneOf('on', 'off'),
    dependency: {
      key: 'load_balancing.algorithm.type',
      values: ['weighted_random'],
      defaultValue: 'round_robin',
      when: ['on'],
      cite: TG_DOC,
    },
  }),
  // 30–900 seconds, or 0 for off (the documented default).
  tg('slow_start.duration_seconds', {
    loadBalancerTypes: ALB,
    targetTypes: INSTANCE_OR_IP,
    value: range(30, 900, ['0']),
  }),
  tg('stickiness.app_cookie.cookie_name', {
    loadBalancerTypes: ALB,
    targetTypes: INSTANCE_OR_IP,
    value: { kind: 'string', reservedPrefixes: ['AWSALB', 'AWSALBAPP', 'AWSALBTG'] },
  }),
  tg('stickiness.app_cookie.duration_seconds', {
    loadBalancerTypes: ALB,
    targetTypes: INSTANCE_OR_IP,
    value: range(1, 604800),
  }),
  tg('stickiness.lb_cookie.duration_seconds', {
    loadBalancerTypes: ALB,
    targetTypes: INSTANCE_OR_IP,
    value: range(1, 604800),
  }),
  // Target groups of Application Load Balancers with a Lambda function.
  tg('lambda.multi_value_headers.enabled', {
    loadBalancerTypes: ALB,
    targetTypes: ['lambda'],
    value: BOOLEAN,
  }),
  // Target groups of Network Load Balancers.
  tg('deregistration_delay.connection_termination.enabled', { loadBalancerTypes: NLB, value: BOOLEAN }),
  tg('preserve_client_ip.enabled', {
    loadBalancerTypes: NLB,
    value: BOOLEAN,
    // The reference names UDP and TCP_UDP; the guide adds QUIC and TCP_QUIC.
    restriction: {
      byProtocol: { UDP: ['true'], TCP_UDP: ['true'], QUIC: ['true'], TCP_QUIC: ['true'] },
      cite: NLB_CLIENT_IP_GUIDE,
    },
  }),
  tg('proxy_protocol_v2.enabled', { loadBalancerTypes: NLB, value: BOOLEAN }),
  tg('target_health_state.unhealthy.connection_termination.enabled', {
    loadBalancerTypes: NLB,
    value: BOOLEAN,
    restriction: { byProtocol: { UDP: ['false'], TCP_UDP: ['false'] }, cite: TG_DOC },
  }),
  tg('target_health_state.unhealthy.draining_interval_seconds', {
    loadBalancerTypes: NLB,
    value: range(0, 360000),
    dependency: {
      key: 'target_health_state.unhealthy.connection_termination.enabled',
      values: ['false'],
      cite: TG_DOC,
    },
  }),
  // Target groups of Gateway Load Balancers.
  tg('target_failover.on_deregistration', {
    loadBalancerTypes: GWLB,
    value: oneOf('rebalance', 'no_rebalance'),
    sameAs: { key: 'target_failover.on_unhealthy', cite: TG_DOC },
  }),
  tg('target_failover.on_unhealthy', {
    loadBalancerTypes: GWLB,
    value: oneOf('rebalance', 'no_rebalance'),
    sameAs: { key: 'target_failover.on_deregistration', cite: TG_DOC },
  }),

  // Load balancers: every type.
  lb('deletion_protection.enabled', { loadBalancerTypes: ALL, value: BOOLEAN }),
  lb('load_balancing.cross_zone.enabled', {
    loadBalancerTypes: ALL,
    value: BOOLEAN,
    // Always on for an Application Load Balancer: its default cannot be changed.
    restriction: { byType: { application: ['true'] }, cite: LB_DOC },
  }),
  // Application and Network Load Balancers.
  ...logs('access_logs', ALB_NLB),
  lb('ipv6.deny_all_igw_traffic', { loadBalancerTypes: ALB_NLB, value: BOOLEAN }),
  lb('zonal_shift.config.enabled', { loadBalancerTypes: ALB_NLB, value: BOOLEAN }),
  // Application Load Balancers.
  lb('idle_timeout.timeout_seconds', { loadBalancerTypes: ALB, value: range(1, 4000) }),
  lb('client_keep_alive.seconds', { loadBalancerTypes: ALB, value: range(60, 604800) }),
  ...logs('connection_logs', ALB),
  ...logs('health_check_logs', ALB),
  lb('routing.http.desync_mitigation_mode', {
    loadBalancerTypes: ALB,
    value: oneOf('monitor', 'defensive', 'strictest'),
  }),
  lb('routing.http.drop_invalid_header_fields.enabled', { loadBalancerTypes: ALB, value: BOOLEAN }),
  lb('routing.http.preserve_host_header.enabled', { loadBalancerTypes: ALB, value: BOOLEAN }),
  lb('routing.http.x_amzn_tls_version_and_cipher_suite.enabled', { loadBalancerTypes: ALB, value: BOOLEAN }),
  lb('routing.http.xff_client_port.enabled', { loadBalancerTypes: ALB, value: BOOLEAN }),
  lb('routing.http.xff_header_processing.mode', {
    loadBalancerTypes: ALB,
    value: oneOf('append', 'preserve', 'remove'),
  }),
  lb('routing.http2.enabled', { loadBalancerTypes: ALB, value: BOOLEAN }),
  lb('waf.fail_open.enabled', { loadBalancerTypes: ALB, value: BOOLEAN }),
  // Network Load Balancers.
  lb('dns_record.client_routing_policy', {
    loadBalancerTypes: NLB,
    value: oneOf('availability_zone_affinity', 'partial_availability_zone_affinity', 'any_availability_zone'),
  }),
  lb('secondary_ips.auto_assigned.per_subnet', { loadBalancerTypes: NLB, value: range(0, 7) }),

  // Listeners of Network and Gateway Load Balancers.
  listener('tcp.idle_timeout.seconds', { loadBalancerTypes: NLB_GWLB, value: range(60, 6000) }),
  // Listeners of Application Load Balancers: renamed mTLS/TLS request headers (HTTPS listeners
  // only, as the guide's "Enable HTTP header modification" says), added response headers, and
  // the Server header.
  ...RENAMED_REQUEST_HEADERS.map((h) =>
    listener(`routing.http.request.${h}.header_name`, {
      loadBalancerTypes: ALB,
      protocols: ['HTTPS'],
      value: TEXT,
      alsoFrom: ALB_HEADER_GUIDE,
    }),
  ),
  listener('routing.http.response.server.enabled', {
    loadBalancerTypes: ALB,
    value: BOOLEAN,
    alsoFrom: ALB_HEADER_GUIDE,
  }),
  ...ADDED_RESPONSE_HEADERS.map((h) =>
    listener(`routing.http.response.${h}.header_value`, { loadBalancerTypes: ALB, value: TEXT }),
  ),
];

const BY_RESOURCE = new Map<AttributeResource, Map<string, AttributeSpec>>(
  ATTRIBUTE_RESOURCES.map((r) => [
    r,
    new Map(ATTRIBUTES.filter((a) => a.resource === r).map((a) => [a.key, a])),
  ]),
);

/** The entry of a key for one resource. */
export function attributeSpec(resource: AttributeResource, key: string): AttributeSpec | undefined {
  return BY_RESOURCE.get(resource)?.get(key);
}

/** Every entry of a resource, in table order. */
export function attributesOf(resource: AttributeResource): readonly AttributeSpec[] {
  return [...(BY_RESOURCE.get(resource)?.values() ?? [])];
}

/** The resources that list a key. */
export function resourcesOfKey(key: string): AttributeResource[] {
  return ATTRIBUTE_RESOURCES.filter((r) => BY_RESOURCE.get(r)?.has(key));
}

/**
 * The resources whose attributes a set of keys can be: those that list every key some resource
 * knows (keys no resource knows say nothing). Every resource for an empty or unknown set.
 */
export function resourcesOfKeys(keys: Iterable<string>): AttributeResource[] {
  let candidates = [...ATTRIBUTE_RESOURCES];
  for (const key of keys) {
    const owners = resourcesOfKey(key);
    if (owners.length > 0) candidates = candidates.filter((r) => owners.includes(r));
  }
  return candidates;
}

/** The values an enum or boolean attribute takes; undefined for numbers and text. */
export function listedValues(value: AttributeValue): readonly string[] | undefined {
  if (value.kind === 'boolean') return ['true', 'false'];
  if (value.kind === 'enum') return value.values;
  return undefined;
}
