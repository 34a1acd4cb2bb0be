import { replaceNode } from '../../edits';
import type { Fix } from '../../findings';
import { REDIRECT_COMPONENT_KEYWORDS, REDIRECT_KEYWORDS } from '../../model/facts';
import { closest, listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';
import { rangeInScalar, reportOnce, stringProperty } from './common';

/** Protocol and Port are whole-value checks (pattern-mismatch, redirect-port); these embed keywords. */
const COMPONENTS = ['Host', 'Path', 'Query'];
const TOKEN = /#\{([^{}]*)\}/g;

export const redirectKeywords: Rule = {
  id: 'redirect-keywords',
  severity: 'error',
  summary: 'Redirect components use only the reserved keywords they allow.',
  constraint:
    'The reserved keywords are #{protocol}, #{host}, #{port}, #{path} and #{query}, written in lower case. Host may contain #{host}; Path #{host}, #{path} and #{port}; Query any of them. Any other #{…} is not a keyword.',
  sources: [
    apiSource('RedirectActionConfig', 'Host'),
    apiSource('RedirectActionConfig', 'Path'),
    apiSource('RedirectActionConfig', 'Query'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    const report = reportOnce(context);
    for (const config of context.binding.objectsOf('RedirectActionConfig')) {
      for (const component of COMPONENTS) {
        const allowed = REDIRECT_COMPONENT_KEYWORDS[component] ?? [];
        const found = stringProperty(config, component);
        if (!found) continue;
        const { node, value } = found;
        for (const m of value.matchAll(TOKEN)) {
          const token = m[0];
          if (allowed.includes(token)) continue;
          const range = rangeInScalar(context.document, node, value, m.index, token.length);
          if (REDIRECT_KEYWORDS.includes(token)) {
            report(range, `\`${component}\` cannot contain \`${token}\`: it takes only ${listOf(allowed)}.`);
            continue;
          }
          const suggestion = closest(token, allowed) ?? closest(token, REDIRECT_KEYWORDS);
          const fixes: Fix[] | undefined =
            suggestion && allowed.includes(suggestion)
              ? [
                  {
                    title: `Change to \`${suggestion}\``,
                    edits: [replaceNode(context.document, node, value.split(token).join(suggestion))],
                  },
                ]
              : undefined;
          report(
            range,
            `\`${token}\` is not a reserved keyword; \`${component}\` takes ${listOf(allowed)}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
            fixes,
          );
        }
      }
    }
  },
};
