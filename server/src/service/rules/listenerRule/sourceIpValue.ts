import { replaceNode } from '../../edits';
import { apiSource, type Rule } from '../rule';
import { checkCidr } from './cidr';
import { plainValuesOf } from './conditionStrings';

export const sourceIpValue: Rule = {
  id: 'source-ip-value',
  severity: 'error',
  summary: 'A source-ip value is a CIDR block: an IPv4 or IPv6 address with a prefix length.',
  constraint:
    'SourceIpConfig Values holds CIDR blocks, IPv4 (192.0.2.0/24) or IPv6 (2001:db8::/32), each an address followed by "/" and a prefix length (0–32 for IPv4, 0–128 for IPv6); a single address is written with /32 or /128. Wildcards are not supported.',
  sources: [apiSource('SourceIpConditionConfig', 'Values')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const node of plainValuesOf(context.semantics.rules, 'source-ip')) {
      const text = String(node.value);
      const { problem, family } = checkCidr(text);
      if (!problem) continue;
      if (problem === 'no-prefix') {
        const prefix = family === 'ipv4' ? '/32' : '/128';
        context.report(
          node,
          `\`${text}\` is an address, not a CIDR block: add its prefix length, \`${text}${prefix}\` for this one address.`,
          [
            {
              title: `Change to \`${text}${prefix}\``,
              edits: [replaceNode(context.document, node, `${text}${prefix}`)],
            },
          ],
        );
        continue;
      }
      context.report(
        node,
        problem === 'bad-prefix'
          ? `The prefix length of \`${text}\` must be a number from 0 to ${family === 'ipv4' ? 32 : 128} for an ${family === 'ipv4' ? 'IPv4' : 'IPv6'} address.`
          : `\`${text}\` is not a CIDR block: write an IPv4 or IPv6 address and a prefix length, such as \`192.0.2.0/24\` or \`2001:db8::/32\` (no wildcards, no ranges).`,
      );
    }
  },
};
