import { apiSource, type Rule } from '../rule';
import { factsOfEntry, nameOfEntry } from './memberFacts';

const compiled = new Map<string, RegExp>();

export const patternMismatch: Rule = {
  id: 'pattern-mismatch',
  severity: 'error',
  summary: 'Strings with a documented format follow it.',
  constraint:
    'Redirect Protocol is HTTP, HTTPS or #{protocol}; fixed-response StatusCode is a 2XX, 4XX or 5XX code; target-group names use letters, digits and inner hyphens; tag keys and values use letters, digits, spaces and _ . : / = + - @.',
  sources: [
    apiSource('RedirectActionConfig', 'Protocol'),
    apiSource('FixedResponseActionConfig', 'StatusCode'),
    apiSource('CreateTargetGroup', 'Name'),
    apiSource('Tag', 'Key'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const entry of context.binding.entries) {
      const { node } = entry;
      if (node.type !== 'scalar' || typeof node.value !== 'string') continue;
      const pattern = factsOfEntry(entry)?.pattern;
      if (!pattern) continue;
      const key = `${pattern.regex}/${pattern.flags ?? ''}`;
      let regex = compiled.get(key);
      if (!regex) {
        regex = new RegExp(pattern.regex, pattern.flags);
        compiled.set(key, regex);
      }
      if (regex.test(node.value)) continue;
      context.report(node, `${nameOfEntry(entry)} must be ${pattern.expected}; \`${node.value}\` is not.`);
    }
  },
};
