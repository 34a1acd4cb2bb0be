import { actionRefusal, actionTypeOf } from '../../semantics/actions';
import { describeLoadBalancer } from '../../semantics/origin';
import { listenerOfList } from '../../semantics/actionList';
import { apiSource, type Rule } from '../rule';
import { reportOnce, stringProperty } from './common';

export const actionRequiresApplicationLoadBalancer: Rule = {
  id: 'action-requires-application-load-balancer',
  severity: 'error',
  summary: 'Redirect, fixed-response and authentication actions run only on Application Load Balancers.',
  constraint:
    "Only an Application Load Balancer works at the HTTP layer, so only its listeners (and their rules) can redirect, answer with a fixed response, or authenticate (authenticate-oidc, authenticate-cognito, jwt-validation). Network and Gateway Load Balancer listeners, and a Network Load Balancer's rules, only forward. Checked when the load-balancer type is known from an ARN.",
  sources: [
    apiSource('Action', 'Type'),
    apiSource('Action', 'RedirectConfig'),
    apiSource('Action', 'FixedResponseConfig'),
    apiSource('Action', 'AuthenticateOidcConfig'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    const report = reportOnce(context);
    for (const scope of context.semantics.actionLists) {
      for (const action of scope.actions) {
        const type = actionTypeOf(action);
        const node = stringProperty(action, 'Type')?.node;
        if (!type || !node || actionRefusal(scope, type) !== 'needs-application-load-balancer') continue;
        report(
          node,
          `The \`${type}\` action needs an Application Load Balancer, but ${listenerOfList(scope)} belongs to ${describeLoadBalancer(scope.loadBalancer)}, whose listeners can only \`forward\`. Forward to a target group instead.`,
        );
      }
    }
  },
};
