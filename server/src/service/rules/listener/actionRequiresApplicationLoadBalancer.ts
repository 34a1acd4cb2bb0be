import { APPLICATION_ONLY_ACTION_TYPES } from '../../model/facts';
import { apiSource, type Rule } from '../rule';
import { loadBalancerOrigin, reportOnce, stringProperty } from './common';

export const actionRequiresApplicationLoadBalancer: Rule = {
  id: 'action-requires-application-load-balancer',
  severity: 'error',
  summary: 'Redirect, fixed-response and authentication actions run only on Application Load Balancers.',
  constraint:
    'Only an Application Load Balancer works at the HTTP layer, so only its listeners can redirect, answer with a fixed response, or authenticate (authenticate-oidc, authenticate-cognito, jwt-validation). Network and Gateway Load Balancer listeners only forward. Checked when the load-balancer type is known from an ARN.',
  sources: [
    apiSource('Action', 'Type'),
    apiSource('Action', 'RedirectConfig'),
    apiSource('Action', 'FixedResponseConfig'),
    apiSource('Action', 'AuthenticateOidcConfig'),
  ],
  check(context) {
    const report = reportOnce(context);
    for (const scope of context.listeners) {
      if (!scope.loadBalancerType || scope.loadBalancerType === 'application') continue;
      for (const action of scope.actions) {
        const type = stringProperty(action, 'Type');
        if (!type || !APPLICATION_ONLY_ACTION_TYPES.includes(type.value)) continue;
        report(
          type.node,
          `The \`${type.value}\` action needs an Application Load Balancer, but this listener belongs to ${loadBalancerOrigin(scope)}, whose listeners can only \`forward\`. Forward to a target group instead.`,
        );
      }
    }
  },
};
