import { insertProperty, removeProperty } from '../../edits';
import { anchorOf, isObject, property, propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const oidcClientSecret: Rule = {
  id: 'oidc-client-secret',
  severity: 'error',
  summary: 'An OIDC action gives its ClientSecret, unless a ModifyListener request keeps the existing one.',
  constraint:
    'Creating a listener with an authenticate-oidc action needs the client secret, and there is no existing secret to reuse yet. A ModifyListener request may leave ClientSecret out only by setting UseExistingClientSecret to true. Describe outputs never show the secret.',
  sources: [
    apiSource('AuthenticateOidcActionConfig', 'ClientSecret'),
    apiSource('AuthenticateOidcActionConfig', 'UseExistingClientSecret'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const listener of context.semantics.listeners) {
      if (listener.operation === 'describe') continue;
      for (const action of listener.actions) {
        const config = propertyValue(action, 'AuthenticateOidcConfig');
        if (!isObject(config)) continue;
        const hasSecret = property(config, 'ClientSecret') !== undefined;
        const reuse = property(config, 'UseExistingClientSecret');
        const reuses = reuse?.value.type === 'scalar' && reuse.value.value === true;
        if (listener.operation === 'create') {
          if (reuse && reuses) {
            context.report(
              reuse.value,
              'A new listener has no client secret to reuse, so `UseExistingClientSecret` cannot be true in a CreateListener request. Remove it and give `ClientSecret`.',
              [
                {
                  title: 'Remove `UseExistingClientSecret`',
                  edits: [removeProperty(context.document, reuse)],
                },
              ],
            );
          }
          if (!hasSecret) {
            context.report(
              anchorOf(config),
              'This OIDC configuration has no `ClientSecret`: creating a listener needs the OAuth 2.0 client secret of the identity provider. Add `ClientSecret`.',
            );
          }
        } else if (!hasSecret && !reuses) {
          context.report(
            reuse ? reuse.value : anchorOf(config),
            'This OIDC configuration has no `ClientSecret`: a ModifyListener request needs the client secret, or `UseExistingClientSecret: true` to keep the one already set. Add either.',
            [
              {
                title: 'Keep the existing client secret (`UseExistingClientSecret: true`)',
                edits: [
                  reuse
                    ? { start: reuse.value.start, end: reuse.value.end, newText: 'true' }
                    : insertProperty(context.document, config, 'UseExistingClientSecret', 'true'),
                ],
              },
            ],
          );
        }
      }
    }
  },
};
