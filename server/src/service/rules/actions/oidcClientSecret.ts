import { insertProperty, removeProperty } from '../../edits';
import { anchorOf, isObject, property, propertyValue } from '../../syntax/tree';
import { ownerNoun } from '../../semantics/actionList';
import { apiSource, type Rule } from '../rule';

export const oidcClientSecret: Rule = {
  id: 'oidc-client-secret',
  severity: 'error',
  summary:
    'An OIDC action gives its ClientSecret, unless a ModifyListener or ModifyRule request keeps the existing one.',
  constraint:
    'Creating a listener or rule with an authenticate-oidc action needs the client secret, and there is no existing secret to reuse yet. A ModifyListener or ModifyRule request may leave ClientSecret out only by setting UseExistingClientSecret to true. Describe outputs never show the secret.',
  sources: [
    apiSource('AuthenticateOidcActionConfig', 'ClientSecret'),
    apiSource('AuthenticateOidcActionConfig', 'UseExistingClientSecret'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const list of context.semantics.actionLists) {
      if (list.operation === 'describe') continue;
      const noun = ownerNoun(list);
      const resource = noun === 'listener' ? 'Listener' : 'Rule';
      for (const action of list.actions) {
        const config = propertyValue(action, 'AuthenticateOidcConfig');
        if (!isObject(config)) continue;
        const hasSecret = property(config, 'ClientSecret') !== undefined;
        const reuse = property(config, 'UseExistingClientSecret');
        const reuses = reuse?.value.type === 'scalar' && reuse.value.value === true;
        if (list.operation === 'create') {
          if (reuse && reuses) {
            context.report(
              reuse.value,
              `A new ${noun} has no client secret to reuse, so \`UseExistingClientSecret\` cannot be true in a Create${resource} request. Remove it and give \`ClientSecret\`.`,
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
              `This OIDC configuration has no \`ClientSecret\`: creating a ${noun} needs the OAuth 2.0 client secret of the identity provider. Add \`ClientSecret\`.`,
            );
          }
        } else if (!hasSecret && !reuses) {
          context.report(
            reuse ? reuse.value : anchorOf(config),
            `This OIDC configuration has no \`ClientSecret\`: a Modify${resource} request needs the client secret, or \`UseExistingClientSecret: true\` to keep the one already set. Add either.`,
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
