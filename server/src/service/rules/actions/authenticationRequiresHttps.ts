import { actionRefusal, actionTypeOf, isAuthenticationAction } from '../../semantics/actions';
import { apiSource, type Rule } from '../rule';
import { typeRange } from './actionHelpers';

export const authenticationRequiresHttps: Rule = {
  id: 'authentication-requires-https',
  severity: 'error',
  summary: 'Authentication actions run only on HTTPS listeners.',
  constraint:
    'The authenticate-oidc, authenticate-cognito and jwt-validation actions need the TLS connection of an HTTPS listener; a listener with any other protocol cannot run them.',
  sources: [
    apiSource('Action', 'Type'),
    apiSource('Action', 'AuthenticateOidcConfig'),
    apiSource('Action', 'AuthenticateCognitoConfig'),
    apiSource('Action', 'JwtValidationConfig'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const listener of context.semantics.listeners) {
      for (const action of listener.actions) {
        const type = actionTypeOf(action);
        // On a Network or Gateway Load Balancer the action is wrong whatever the protocol:
        // action-requires-application-load-balancer reports that instead.
        if (!isAuthenticationAction(type) || !type || actionRefusal(listener, type) !== 'needs-https')
          continue;
        context.report(
          typeRange(action),
          `The \`${type}\` action runs only on an HTTPS listener, but this listener's protocol is \`${listener.protocol ?? ''}\`. Use \`Protocol: HTTPS\` (with a certificate), or remove this action.`,
        );
      }
    }
  },
};
