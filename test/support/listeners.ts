// Small listener documents the CLI, server and suppression tests share.

export const LB_ARN =
  'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';

/** A CreateListener request whose only finding is its port, 70000 (value-out-of-range). */
export const LISTENER_BAD_PORT = [
  `LoadBalancerArn: ${LB_ARN}`,
  'Protocol: HTTP',
  'Port: 70000',
  'DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200" } }]',
  '',
].join('\n');
