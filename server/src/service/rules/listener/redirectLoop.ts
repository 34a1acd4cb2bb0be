import { anchorOf } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { redirectsOf, reportOnce, stringProperty } from './common';

export const redirectLoop: Rule = {
  id: 'redirect-loop',
  severity: 'error',
  summary: 'A redirect changes the protocol, host, port or path.',
  constraint:
    'A redirect that keeps protocol, host, port and path (each left out, set to its own keyword such as Path "/#{path}", or set to the listener\'s own protocol or port) sends the client back to the same URL forever; at least one of them must change. The query does not count.',
  sources: [apiSource('RedirectActionConfig', '(description)'), apiSource('RedirectActionConfig', 'Path')],
  scope: 'resource',
  fixable: false,
  check(context) {
    const report = reportOnce(context);
    for (const { config, listener } of redirectsOf(context)) {
      const value = (name: string): string | undefined => stringProperty(config, name)?.value;
      const keeps = (name: string, same: readonly (string | undefined)[]): boolean => {
        const present = config.properties.some((p) => p.key.value === name);
        if (!present) return true;
        const v = value(name);
        return v !== undefined && same.includes(v);
      };
      const port = listener?.port === undefined ? undefined : String(listener.port);
      if (
        keeps('Protocol', ['#{protocol}', listener?.protocol]) &&
        keeps('Host', ['#{host}']) &&
        keeps('Port', ['#{port}', port]) &&
        keeps('Path', ['/#{path}'])
      ) {
        const example = listener?.protocol === 'HTTP' ? '`Protocol: HTTPS`' : 'another `Host` or `Path`';
        report(
          anchorOf(config),
          `This redirect keeps the protocol, host, port and path of the request, so the client is sent back to the same URL forever. Change at least one of them, for example ${example}.`,
        );
      }
    }
  },
};
