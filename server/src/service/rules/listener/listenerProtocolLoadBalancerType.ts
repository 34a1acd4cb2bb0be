import { removeProperty } from '../../edits';
import { LISTENER_PROTOCOLS } from '../../model/facts';
import { listOf } from '../../suggest';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { describeLoadBalancer } from '../../semantics/origin';
import { validListenerProtocol } from '../../semantics/listener';
import { reportOnce } from './common';

export const listenerProtocolLoadBalancerType: Rule = {
  id: 'listener-protocol-load-balancer-type',
  severity: 'error',
  summary: "The listener protocol is one its load balancer's type supports.",
  constraint:
    'Application Load Balancer listeners use HTTP or HTTPS; Network Load Balancer listeners TCP, TLS, UDP, TCP_UDP, QUIC or TCP_QUIC; a Gateway Load Balancer listener takes neither a port nor a protocol. The type is read from the load balancer or listener ARN (`loadbalancer/app|net|gwy/…`).',
  sources: [apiSource('CreateListener', 'Protocol'), apiSource('CreateListener', 'Port')],
  scope: 'resource',
  fixable: true,
  check(context) {
    const report = reportOnce(context);
    for (const scope of context.semantics.listeners) {
      const type = scope.loadBalancer?.type;
      if (!type) continue;
      const allowed = LISTENER_PROTOCOLS[type];
      const origin = describeLoadBalancer(scope.loadBalancer);
      if (allowed.length === 0) {
        for (const name of ['Protocol', 'Port']) {
          const p = property(scope.object, name);
          if (!p) continue;
          report(
            p.value,
            `This listener belongs to ${origin}, which takes no \`${name}\`: it passes all traffic through on every port. Remove \`${name}\`.`,
            [{ title: `Remove \`${name}\``, edits: [removeProperty(context.document, p)] }],
          );
        }
        continue;
      }
      const protocol = validListenerProtocol(scope);
      if (protocol === undefined || allowed.includes(protocol)) continue;
      const at = property(scope.object, 'Protocol');
      if (!at) continue;
      report(at.value, `\`${protocol}\` is not a listener protocol of ${origin}: use ${listOf(allowed)}.`);
    }
  },
};
