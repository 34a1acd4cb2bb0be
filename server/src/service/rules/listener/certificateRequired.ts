import { LISTENER_MEMBER_PROTOCOLS } from '../../model/facts';
import { property, propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { reportOnce } from './common';

const SECURE = LISTENER_MEMBER_PROTOCOLS['Certificates'] ?? [];

export const certificateRequired: Rule = {
  id: 'certificate-required',
  severity: 'error',
  summary: 'A new HTTPS or TLS listener names its default certificate.',
  constraint:
    'CreateListener with Protocol HTTPS or TLS needs Certificates holding the one default server certificate; the listener cannot terminate TLS without it. (ModifyListener is not checked: the listener may already have a certificate.)',
  sources: [apiSource('CreateListener', 'Certificates'), apiSource('CreateListener', 'Protocol')],
  scope: 'resource',
  fixable: false,
  check(context) {
    const report = reportOnce(context);
    for (const scope of context.semantics.listeners) {
      if (scope.operation !== 'create') continue;
      const protocol = scope.protocol;
      if (protocol === undefined || !SECURE.includes(protocol)) continue;
      if (property(scope.object, 'Certificates')) continue;
      const at = propertyValue(scope.object, 'Protocol');
      if (!at) continue;
      report(
        at,
        `This ${protocol} listener needs a default certificate, but \`Certificates\` is missing. Add \`Certificates\` with one item whose \`CertificateArn\` is an ACM or IAM server certificate ARN.`,
      );
    }
  },
};
