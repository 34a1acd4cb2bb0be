import { removeProperty } from '../../edits';
import { LISTENER_MEMBER_PROTOCOLS } from '../../model/facts';
import { isObject, property, stringValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { validListenerProtocol } from '../../semantics/listener';
import { reportOnce } from './common';

export const listenerMemberProtocol: Rule = {
  id: 'listener-member-protocol',
  severity: 'error',
  summary: 'TLS settings appear only on listeners whose protocol uses them.',
  constraint:
    'SslPolicy and Certificates belong to HTTPS and TLS listeners, AlpnPolicy to TLS listeners only, and MutualAuthentication to HTTPS listeners only. Checked when the listener protocol is given.',
  sources: [
    apiSource('CreateListener', 'SslPolicy'),
    apiSource('CreateListener', 'Certificates'),
    apiSource('CreateListener', 'AlpnPolicy'),
    apiSource('CreateListener', 'MutualAuthentication'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    const report = reportOnce(context);
    for (const scope of context.semantics.listeners) {
      const protocol = validListenerProtocol(scope);
      if (protocol === undefined) continue;
      for (const [name, protocols] of Object.entries(LISTENER_MEMBER_PROTOCOLS)) {
        const p = property(scope.object, name);
        if (!p || protocols.includes(protocol)) continue;
        // An existing listener reports mutual authentication switched off; that is harmless.
        if (
          name === 'MutualAuthentication' &&
          scope.operation === 'describe' &&
          isObject(p.value) &&
          (stringValue(p.value, 'Mode') ?? 'off') === 'off'
        )
          continue;
        const owners = `${protocols.join(' and ')} listeners`;
        report(
          p.key,
          `\`${name}\` only applies to ${owners}, and this listener's protocol is ${protocol}. Remove \`${name}\`, or change the protocol.`,
          [{ title: `Remove \`${name}\``, edits: [removeProperty(context.document, p)] }],
        );
      }
    }
  },
};
