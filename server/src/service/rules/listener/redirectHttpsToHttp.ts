import { replaceNode } from '../../edits';
import { apiSource, type Rule } from '../rule';
import { redirectsOf, reportOnce, stringProperty } from './common';

export const redirectHttpsToHttp: Rule = {
  id: 'redirect-https-to-http',
  severity: 'error',
  summary: 'An HTTPS listener does not redirect to HTTP.',
  constraint:
    'A redirect may keep the protocol or upgrade HTTP to HTTPS, never downgrade: an HTTPS listener cannot redirect with Protocol HTTP. Checked when the listener protocol is given.',
  sources: [apiSource('RedirectActionConfig', 'Protocol')],
  scope: 'resource',
  fixable: true,
  check(context) {
    const report = reportOnce(context);
    for (const { config, listener } of redirectsOf(context)) {
      if (listener?.protocol !== 'HTTPS') continue;
      const protocol = stringProperty(config, 'Protocol');
      if (protocol?.value !== 'HTTP') continue;
      report(
        protocol.node,
        'An HTTPS listener cannot redirect to HTTP: redirects may not downgrade the protocol. Use `HTTPS` or `#{protocol}`.',
        [{ title: 'Change to `HTTPS`', edits: [replaceNode(context.document, protocol.node, 'HTTPS')] }],
      );
    }
  },
};
