import { removeProperty } from '../../edits';
import { LISTENER_MEMBER_PROTOCOLS } from '../../model/facts';
import { describeLoadBalancer } from '../../semantics/origin';
import { listenerProtocolsFor } from '../../semantics/protocols';
import type { ListenerFacts } from '../../semantics/listener';
import type { RuleContext } from '../rule';
import { isObject, property, stringValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { validListenerProtocol } from '../../semantics/listener';
import { reportOnce } from './common';

export const listenerMemberProtocol: Rule = {
  id: 'listener-member-protocol',
  severity: 'error',
  summary: 'TLS settings appear only on listeners whose protocol uses them.',
  constraint:
    'SslPolicy and Certificates belong to HTTPS and TLS listeners, AlpnPolicy to TLS listeners only, and MutualAuthentication to HTTPS listeners only. Checked when the listener protocol is given, and, when it is not, against every protocol the load-balancer type named by an ARN takes (AlpnPolicy on an Application Load Balancer, MutualAuthentication on a Network Load Balancer).',
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
      if (protocol === undefined) {
        if (!scope.protocol) checkByLoadBalancerType(context, scope, report);
        continue;
      }
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

/**
 * No protocol given (a ModifyListener keeps its own): a member still cannot apply when no protocol
 * of the load balancer's type takes it.
 */
function checkByLoadBalancerType(
  context: RuleContext,
  scope: ListenerFacts,
  report: ReturnType<typeof reportOnce>,
): void {
  const type = scope.loadBalancer?.type;
  if (!type) return;
  const available = listenerProtocolsFor(type);
  for (const [name, protocols] of Object.entries(LISTENER_MEMBER_PROTOCOLS)) {
    const p = property(scope.object, name);
    if (!p || protocols.some((q) => available.includes(q))) continue;
    if (scope.operation === 'describe') continue;
    report(
      p.key,
      `\`${name}\` only applies to ${protocols.join(' and ')} listeners, and this listener belongs to ${describeLoadBalancer(scope.loadBalancer)}, whose listeners are never ${protocols.join(' or ')}. Remove \`${name}\`.`,
      [{ title: `Remove \`${name}\``, edits: [removeProperty(context.document, p)] }],
    );
  }
}
