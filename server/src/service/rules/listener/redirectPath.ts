import { replaceNode } from '../../edits';
import { apiSource, type Rule } from '../rule';
import { reportOnce, stringProperty } from './common';

export const redirectPath: Rule = {
  id: 'redirect-path',
  severity: 'error',
  summary: 'A redirect Path is absolute: it starts with "/".',
  constraint:
    'RedirectConfig Path is an absolute path and so begins with "/". Since #{path} stands for the original path without its leading "/", keeping the path is written "/#{path}".',
  sources: [apiSource('RedirectActionConfig', 'Path')],
  scope: 'resource',
  fixable: true,
  check(context) {
    const report = reportOnce(context);
    for (const config of context.binding.objectsOf('RedirectActionConfig')) {
      const path = stringProperty(config, 'Path');
      if (!path || path.value === '' || path.value.startsWith('/')) continue;
      const fixed = `/${path.value}`;
      report(
        path.node,
        `A redirect \`Path\` must start with "/"; write \`${fixed}\`${path.value.startsWith('#{path}') ? ' (#{path} does not include the leading "/")' : ''}.`,
        [{ title: `Change to \`${fixed}\``, edits: [replaceNode(context.document, path.node, fixed)] }],
      );
    }
  },
};
