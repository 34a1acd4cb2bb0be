// Amazon Resource Names: parsing, and the load-balancer type an ELBv2 ARN names.

export type LoadBalancerType = 'application' | 'network' | 'gateway';

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

const ARN = /^arn:([a-z0-9-]+):([a-z0-9-]+):([a-z0-9-]*):([0-9]*):(.+)$/;

export function parseArn(text: string): Arn | undefined {
  const m = ARN.exec(text);
  if (!m) return undefined;
  return {
    partition: m[1] ?? '',
    service: m[2] ?? '',
    region: m[3] ?? '',
    account: m[4] ?? '',
    resource: m[5] ?? '',
  };
}

const TYPE_SEGMENT: Record<string, LoadBalancerType> = { app: 'application', net: 'network', gwy: 'gateway' };

/** The load-balancer type of a load-balancer, listener or listener-rule ARN (`…/app/…`). */
export function loadBalancerTypeOfArn(text: string): LoadBalancerType | undefined {
  const arn = parseArn(text);
  if (!arn || arn.service !== 'elasticloadbalancing') return undefined;
  const m = /^(?:loadbalancer|listener|listener-rule)\/(app|net|gwy)\//.exec(arn.resource);
  return m ? TYPE_SEGMENT[m[1] ?? ''] : undefined;
}

export const LOAD_BALANCER_TYPE_LABEL: Record<LoadBalancerType, string> = {
  application: 'Application Load Balancer',
  network: 'Network Load Balancer',
  gateway: 'Gateway Load Balancer',
};

/** The kinds of ARN the ELBv2 API takes (see ArnKind in model/facts.ts) and a few it names. */
export interface ArnShape {
  /** An ArnKind, or another kind a value might wrongly hold. */
  kind: string;
  /** "a target group", for messages. */
  label: string;
  service: string;
  /** The resource part, after the account. */
  resource: RegExp;
  /** The first segment of the resource part ("targetgroup"), to recognise a malformed one. */
  resourceType: string;
  /** How the ARN looks, for messages. */
  form: string;
}

const ELB = 'elasticloadbalancing';
const SEG = '[^/]+';
const LB_TYPE = '(?:app|net|gwy)';

export const ARN_SHAPES: readonly ArnShape[] = [
  {
    kind: 'load-balancer',
    label: 'a load balancer',
    service: ELB,
    resource: new RegExp(`^loadbalancer/${LB_TYPE}/${SEG}/${SEG}$`),
    resourceType: 'loadbalancer',
    form: 'arn:aws:elasticloadbalancing:<region>:<account-id>:loadbalancer/app|net|gwy/<name>/<id>',
  },
  {
    kind: 'listener',
    label: 'a listener',
    service: ELB,
    resource: new RegExp(`^listener/${LB_TYPE}/${SEG}/${SEG}/${SEG}$`),
    resourceType: 'listener',
    form: 'arn:aws:elasticloadbalancing:<region>:<account-id>:listener/app|net|gwy/<load-balancer-name>/<load-balancer-id>/<listener-id>',
  },
  {
    kind: 'listener-rule',
    label: 'a listener rule',
    service: ELB,
    resource: new RegExp(`^listener-rule/${LB_TYPE}/${SEG}/${SEG}/${SEG}/${SEG}$`),
    resourceType: 'listener-rule',
    form: 'arn:aws:elasticloadbalancing:<region>:<account-id>:listener-rule/app/<load-balancer-name>/<load-balancer-id>/<listener-id>/<rule-id>',
  },
  {
    kind: 'target-group',
    label: 'a target group',
    service: ELB,
    resource: new RegExp(`^targetgroup/${SEG}/${SEG}$`),
    resourceType: 'targetgroup',
    form: 'arn:aws:elasticloadbalancing:<region>:<account-id>:targetgroup/<name>/<id>',
  },
  {
    kind: 'certificate',
    label: 'an ACM certificate',
    service: 'acm',
    resource: new RegExp(`^certificate/${SEG}$`),
    resourceType: 'certificate',
    form: 'arn:aws:acm:<region>:<account-id>:certificate/<id>',
  },
  {
    kind: 'certificate',
    label: 'an IAM server certificate',
    service: 'iam',
    resource: /^server-certificate\/.*[^/]$/,
    resourceType: 'server-certificate',
    form: 'arn:aws:iam::<account-id>:server-certificate/<name>',
  },
  {
    kind: 'trust-store',
    label: 'a trust store',
    service: ELB,
    resource: new RegExp(`^truststore/${SEG}/${SEG}$`),
    resourceType: 'truststore',
    form: 'arn:aws:elasticloadbalancing:<region>:<account-id>:truststore/<name>/<id>',
  },
  {
    kind: 'cognito-user-pool',
    label: 'a Cognito user pool',
    service: 'cognito-idp',
    resource: new RegExp(`^userpool/${SEG}$`),
    resourceType: 'userpool',
    form: 'arn:aws:cognito-idp:<region>:<account-id>:userpool/<user-pool-id>',
  },
  {
    kind: 'classic-load-balancer',
    label: 'a Classic Load Balancer',
    service: ELB,
    resource: new RegExp(`^loadbalancer/${SEG}$`),
    resourceType: 'loadbalancer',
    form: 'arn:aws:elasticloadbalancing:<region>:<account-id>:loadbalancer/<name>',
  },
];

/** The first segment of an ARN's resource part: "targetgroup", "server-certificate", "function". */
export function resourceTypeOf(arn: Arn): string {
  return /^[^/:]*/.exec(arn.resource)?.[0] ?? '';
}

/** The shape an ARN has, if it is one of ARN_SHAPES. */
export function shapeOfArn(arn: Arn): ArnShape | undefined {
  return ARN_SHAPES.find((s) => s.service === arn.service && s.resource.test(arn.resource));
}
