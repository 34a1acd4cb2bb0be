import { replaceNode } from '../../edits';
import type { Fix } from '../../findings';
import { MEMBER_FACTS, REDIRECT_COMPONENT_KEYWORDS } from '../../model/facts';
import { apiSource, type Rule } from '../rule';
import { reportOnce, stringProperty } from './common';

const KEYWORD = REDIRECT_COMPONENT_KEYWORDS['Port']?.[0] ?? '#{port}';
const RANGE = MEMBER_FACTS['CreateListenerInput.Port']?.range ?? { min: 1, max: 65535 };

export const redirectPort: Rule = {
  id: 'redirect-port',
  severity: 'error',
  summary: 'A redirect Port is a port number or #{port}.',
  constraint:
    'RedirectConfig Port is a string holding a port number from 1 to 65535, or the keyword #{port} to keep the port of the request; nothing else, not even both combined.',
  sources: [apiSource('RedirectActionConfig', 'Port')],
  scope: 'resource',
  fixable: true,
  check(context) {
    const report = reportOnce(context);
    for (const config of context.binding.objectsOf('RedirectActionConfig')) {
      const port = stringProperty(config, 'Port');
      if (!port || port.value === KEYWORD) continue;
      const { value, node } = port;
      const expected = `a port number from ${RANGE.min} to ${RANGE.max} or \`${KEYWORD}\``;
      const change = (to: string): Fix[] => [
        { title: `Change to \`${to}\``, edits: [replaceNode(context.document, node, to)] },
      ];
      let why: string;
      let fixes: Fix[] | undefined;
      if (/^[0-9]+$/.test(value)) {
        const n = Number(value);
        if (n >= RANGE.min && n <= RANGE.max) continue;
        why = `${value} is out of range.`;
      } else if (/^[0-9]+$/.test(value.trim())) {
        why = 'it has spaces around the number.';
        fixes = change(value.trim());
      } else if (/#|\{|port/i.test(value)) {
        why = `\`${value}\` is neither. Did you mean \`${KEYWORD}\`?`;
        fixes = change(KEYWORD);
      } else {
        why = `\`${value}\` is neither.`;
      }
      report(node, `A redirect \`Port\` must be ${expected}; ${why}`, fixes);
    }
  },
};
