import { isQueryStringCharacter } from '../../model/ruleConditionFacts';
import { apiSource, type Rule } from '../rule';
import { rangeInScalar } from '../listener/common';
import { characterName, firstRefused, plainValuesOf } from './conditionStrings';

export const queryStringValue: Rule = {
  id: 'query-string-value',
  severity: 'error',
  summary: 'Query-string keys and values use only the characters RFC 3986 allows in a query.',
  constraint:
    "The keys and values of a query-string condition hold the characters RFC 3986 allows in a query: letters, digits, - . _ ~ ! $ & ' ( ) * + , ; = : @ / ?, and %-escapes for anything else (a space is %20); a literal * or ? is escaped with \\, since both are wildcards.",
  sources: [
    apiSource('QueryStringConditionConfig', '(description)'),
    apiSource('QueryStringConditionConfig', 'Values'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const node of plainValuesOf(context.semantics.rules, 'query-string')) {
      const text = String(node.value);
      const bad = firstRefused(text, isQueryStringCharacter);
      if (!bad) continue;
      const code = bad.char.codePointAt(0) ?? 0;
      const escaped =
        code < 0x80
          ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
          : [...new TextEncoder().encode(bad.char)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
      context.report(
        rangeInScalar(context.document, node, text, bad.index, bad.char.length),
        `${characterName(bad.char)} cannot appear as is in a query string: write it %-escaped, \`${escaped}\`.`,
      );
    }
  },
};
