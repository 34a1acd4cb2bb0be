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
