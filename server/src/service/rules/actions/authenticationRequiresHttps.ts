import { actionRefusal, actionTypeOf, isAuthenticationAction } from '../../semantics/actions';
import { apiSource, type Rule } from '../rule';
import { typeRange } from './actionHelpers';

export const authenticationRequiresHttps: Rule = {
  id: 'authentication-requires-https',
  severity: 'error',
  summary: 'Authentication actions run only on HTTPS listeners (and rules of HTTPS listeners).',
  constraint:
    "The authenticate-oidc, authenticate-cognito and jwt-validation actions need the TLS connection of an HTTPS listener; a listener with any other protocol cannot run them, in its default actions or in its rules' actions. Checked when the listener's protocol is known (a rule document does not say it; a template does).",
  sources: [
    apiSource('Action', 'Type'),
    apiSource('Action', 'AuthenticateOidcConfig'),
    apiSource('Action', 'AuthenticateCognitoConfig'),
    apiSource('Action', 'JwtValidationConfig'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const list of context.semantics.actionLists) {
      for (const action of list.actions) {
        const type = actionTypeOf(action);
        // On a Network or Gateway Load Balancer the action is wrong whatever the protocol:
        // action-requires-application-load-balancer reports that instead.
        if (!isAuthenticationAction(type) || !type || actionRefusal(list, type) !== 'needs-https') continue;
        context.report(
          typeRange(action),
          `The \`${type}\` action runs only on an HTTPS listener, but ${list.owner === 'listener' ? "this listener's protocol is" : "this rule's listener has protocol"} \`${list.protocol ?? ''}\`. Use \`Protocol: HTTPS\` (with a certificate) on the listener, or remove this action.`,
        );
      }
    }
  },
};
