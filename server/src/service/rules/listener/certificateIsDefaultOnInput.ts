import { removeProperty } from '../../edits';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { reportOnce } from './common';

export const certificateIsDefaultOnInput: Rule = {
  id: 'certificate-is-default-on-input',
  severity: 'warning',
  summary: 'A listener request does not set IsDefault on its certificate.',
  constraint:
    'In CreateListener and ModifyListener requests a certificate is given by CertificateArn alone: the one certificate of the request is the default one, and IsDefault is only an output field (of DescribeListenerCertificates).',
  sources: [apiSource('Certificate', 'IsDefault'), apiSource('CreateListener', 'Certificates')],
  scope: 'resource',
  fixable: true,
  check(context) {
    const report = reportOnce(context);
    if (!context.kind?.input) return;
    for (const certificate of context.binding.objectsOf('Certificate')) {
      const p = property(certificate, 'IsDefault');
      if (!p) continue;
      report(
        p.key,
        'Do not set `IsDefault` in a request: the certificate given here is the default one, and `IsDefault` is only reported when certificates are described. Remove it.',
        [{ title: 'Remove `IsDefault`', edits: [removeProperty(context.document, p)] }],
      );
    }
  },
};
