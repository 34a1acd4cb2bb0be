import { replaceNode } from '../../edits';
import { apiSource, type Rule } from '../rule';
import { rangeInScalar, reportOnce, stringProperty } from './common';

export const redirectQuery: Rule = {
  id: 'redirect-query',
  severity: 'warning',
  summary: 'A redirect Query does not start with "?".',
  constraint:
    'The load balancer puts the "?" in front of RedirectConfig Query itself, so a Query that starts with "?" yields a URL with "??".',
  sources: [apiSource('RedirectActionConfig', 'Query')],
  scope: 'resource',
  fixable: true,
  check(context) {
    const report = reportOnce(context);
    for (const config of context.binding.objectsOf('RedirectActionConfig')) {
      const query = stringProperty(config, 'Query');
      if (!query?.value.startsWith('?')) continue;
      const count = /^\?+/.exec(query.value)?.[0].length ?? 1;
      const range = rangeInScalar(context.document, query.node, query.value, 0, count);
      const title = 'Remove the leading "?"';
      const edit =
        count === query.value.length
          ? { title, edits: [replaceNode(context.document, query.node, '')] }
          : range === query.node
            ? undefined
            : { title, edits: [{ start: range.start, end: range.end, newText: '' }] };
      report(
        range,
        'Leave out the leading "?" of a redirect `Query`: the load balancer adds it, so the URL would get "??".',
        edit ? [edit] : undefined,
      );
    }
  },
};
