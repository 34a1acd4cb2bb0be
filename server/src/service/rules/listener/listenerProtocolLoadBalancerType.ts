import { removeProperty } from '../../edits';
import { LISTENER_PROTOCOLS } from '../../model/facts';
import { listOf } from '../../suggest';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { knownProtocol, loadBalancerOrigin, reportOnce } from './common';

export const listenerProtocolLoadBalancerType: Rule = {
  id: 'listener-protocol-load-balancer-type',
  severity: 'error',
  summary: "The listener protocol is one its load balancer's type supports.",
  constraint:
    'Application Load Balancer listeners use HTTP or HTTPS; Network Load Balancer listeners TCP, TLS, UDP, TCP_UDP, QUIC or TCP_QUIC; a Gateway Load Balancer listener takes neither a port nor a protocol. The type is read from the load balancer or listener ARN (`loadbalancer/app|net|gwy/…`).',
  sources: [apiSource('CreateListener', 'Protocol'), apiSource('CreateListener', 'Port')],
  check(context) {
    const report = reportOnce(context);
    for (const scope of context.listeners) {
      const type = scope.loadBalancerType;
      if (!type) continue;
      const allowed = LISTENER_PROTOCOLS[type];
      const origin = loadBalancerOrigin(scope);
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
      const protocol = knownProtocol(scope);
      if (protocol === undefined || allowed.includes(protocol)) continue;
      const at = property(scope.object, 'Protocol');
      if (!at) continue;
      report(at.value, `\`${protocol}\` is not a listener protocol of ${origin}: use ${listOf(allowed)}.`);
    }
  },
};
