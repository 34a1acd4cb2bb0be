import { isArray, propertyValue, stringValue } from '../../syntax/tree';
import { listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';

const FORMAT = 'space-separated-values';

export const jwtSpaceSeparatedValues: Rule = {
  id: 'jwt-space-separated-values',
  severity: 'error',
  summary: 'A JWT claim of format space-separated-values has no value containing a space.',
  constraint:
    'A claim in space-separated-values format is split at spaces, so each expected value is a single word: list several values as separate items rather than one value with spaces.',
  sources: [apiSource('JwtValidationActionAdditionalClaim', 'Values')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const claim of context.binding.objectsOf('JwtValidationActionAdditionalClaim')) {
      if (stringValue(claim, 'Format') !== FORMAT) continue;
      const values = propertyValue(claim, 'Values');
      if (!isArray(values)) continue;
      for (const item of values.items) {
        if (item.type !== 'scalar' || typeof item.value !== 'string' || !item.value.includes(' ')) continue;
        const words = item.value.split(' ').filter((w) => w !== '');
        context.report(
          item,
          `With \`Format: ${FORMAT}\` a value cannot contain a space, but \`${item.value}\` does. List ${words.length > 1 ? listOf(words, 'and') : 'each word'} as separate items of \`Values\`, or use another \`Format\`.`,
        );
      }
    }
  },
};
