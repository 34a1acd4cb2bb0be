import { apiSource, type Rule } from '../rule';
import { rangeInScalar } from '../listener/common';
import { CONDITION_TYPES_GUIDE, TRANSFORMS_GUIDE } from './common';
import { unsupportedRegexFeature } from './regexFeatures';

export const regexUnsupportedFeature: Rule = {
  id: 'regex-unsupported-feature',
  severity: 'error',
  summary:
    'Regular expressions of rule conditions and rewrites use only the features the load balancer supports.',
  constraint:
    'The regular expressions of RegexValues and of rewrite transforms support no lookaheads or lookbehinds, backreferences, atomic groups, possessive quantifiers, subroutines or recursion, and no Unicode character classes such as \\p{L}.',
  sources: [
    CONDITION_TYPES_GUIDE,
    TRANSFORMS_GUIDE,
    apiSource('RuleCondition', 'RegexValues'),
    apiSource('RewriteConfig', 'Regex'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const entry of context.binding.entries) {
      const { node } = entry;
      const isRegex =
        entry.itemOf?.member.name === 'RegexValues' ||
        (entry.owner?.structure === 'RewriteConfig' && entry.owner.member.name === 'Regex');
      if (!isRegex || node.type !== 'scalar' || typeof node.value !== 'string') continue;
      const found = unsupportedRegexFeature(node.value);
      if (!found) continue;
      const construct = node.value.slice(found.index, found.index + found.length);
      context.report(
        rangeInScalar(context.document, node, node.value, found.index, found.length),
        `\`${construct}\` starts ${found.feature.startsWith('a') ? 'an' : 'a'} ${found.feature}, which the load balancer's regular expressions do not support. Rewrite the expression without it.`,
      );
    }
  },
};
