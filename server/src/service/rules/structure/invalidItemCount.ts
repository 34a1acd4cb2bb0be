import { keyRangeOf } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { factsOfEntry, nameOfEntry } from './memberFacts';

export const invalidItemCount: Rule = {
  id: 'invalid-item-count',
  severity: 'error',
  summary: 'Lists and maps hold the documented number of items.',
  constraint:
    'A listener request takes exactly one certificate and one ALPN policy name; at most 10 additional JWT claims with at most 10 values each; at most 10 extra authentication request parameters; Tags, when given, is not empty.',
  sources: [
    apiSource('CreateListener', 'Certificates'),
    apiSource('CreateListener', 'AlpnPolicy'),
    apiSource('JwtValidationActionConfig', 'AdditionalClaims'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const entry of context.binding.entries) {
      const { node } = entry;
      const count =
        node.type === 'array'
          ? node.items.length
          : node.type === 'object' && entry.type.kind === 'map'
            ? node.properties.length
            : undefined;
      const items = count === undefined ? undefined : factsOfEntry(entry)?.items;
      if (count === undefined || !items || (count >= items.min && count <= items.max)) continue;
      const noun = node.type === 'array' ? 'item' : 'entry';
      const plural = (n: number): string =>
        `${n} ${noun === 'item' ? (n === 1 ? 'item' : 'items') : n === 1 ? 'entry' : 'entries'}`;
      const bound =
        items.min === items.max
          ? `exactly ${plural(items.min)}`
          : items.max === Infinity
            ? `at least ${plural(items.min)}`
            : items.min === 0
              ? `at most ${plural(items.max)}`
              : `${items.min} to ${plural(items.max)}`;
      context.report(
        keyRangeOf(node),
        `${nameOfEntry(entry)} must have ${bound}, but it has ${count}.${count > items.max ? ' Remove the extra ones.' : ''}`,
      );
    }
  },
};
