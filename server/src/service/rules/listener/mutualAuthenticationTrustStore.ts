import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { reportOnce, stringProperty } from './common';

export const mutualAuthenticationTrustStore: Rule = {
  id: 'mutual-authentication-trust-store',
  severity: 'error',
  summary: 'Mutual TLS in verify mode names the trust store to verify against.',
  constraint:
    'With MutualAuthentication Mode verify the load balancer checks each client certificate against a trust store, so TrustStoreArn is needed; off and passthrough need none.',
  sources: [
    apiSource('MutualAuthenticationAttributes', 'Mode'),
    apiSource('MutualAuthenticationAttributes', 'TrustStoreArn'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    const report = reportOnce(context);
    for (const attributes of context.binding.objectsOf('MutualAuthenticationAttributes')) {
      const mode = stringProperty(attributes, 'Mode');
      if (mode?.value !== 'verify' || property(attributes, 'TrustStoreArn')) continue;
      report(
        mode.node,
        'Mode `verify` checks client certificates against a trust store, but `TrustStoreArn` is missing. Add the ARN of the trust store (`arn:aws:elasticloadbalancing:<region>:<account-id>:truststore/<name>/<id>`), or use `passthrough` to let the targets verify.',
      );
    }
  },
};
