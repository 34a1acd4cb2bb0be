import { isPathPatternCharacter, PATH_PATTERN_CHARACTERS } from '../../model/ruleConditionFacts';
import { apiSource, guideSource, type Rule } from '../rule';
import { rangeInScalar } from '../listener/common';
import { characterName, firstRefused, plainValuesOf } from './conditionStrings';

export const pathPatternValue: Rule = {
  id: 'path-pattern-value',
  severity: 'error',
  summary: 'A path-pattern value uses only the characters path patterns allow.',
  constraint:
    'A path pattern holds only A-Z, a-z, 0-9, the characters _ - . $ / ~ " \' @ : + &, and the wildcards * and ?. It is compared with the path alone: a query string needs a query-string condition; anything else needs a regular expression (RegexValues).',
  sources: [
    apiSource('RuleCondition', 'Values'),
    apiSource('PathPatternConditionConfig', 'Values'),
    guideSource(
      'Application Load Balancers',
      'Condition types for listener rules: path conditions',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html#path-conditions',
    ),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const node of plainValuesOf(context.semantics.rules, 'path-pattern')) {
      const text = String(node.value);
      const bad = firstRefused(text, isPathPatternCharacter);
      if (!bad) continue;
      const c = bad.char;
      const hint = c === '=' || c === '%' ? ' (a query string needs a `query-string` condition)' : '';
      context.report(
        rangeInScalar(context.document, node, text, bad.index, c.length),
        `${characterName(c)} cannot appear in a path pattern${hint}; it takes ${PATH_PATTERN_CHARACTERS}. Use \`RegexValues\` for anything else.`,
      );
    }
  },
};
