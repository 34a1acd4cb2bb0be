// Finds the regular-expression features the load balancer does not support in a pattern. A small
// scanner, not a regular expression: it knows escapes and character classes, so `[(?=]` or `\(?=`
// are not taken for a lookahead.
import type { UnsupportedRegexFeature } from '../../model/ruleConditionFacts';

export interface RegexFinding {
  feature: UnsupportedRegexFeature;
  /** UTF-16 offset and length of the construct in the pattern. */
  index: number;
  length: number;
}

/** The first unsupported feature the pattern uses, if any. */
export function unsupportedRegexFeature(pattern: string): RegexFinding | undefined {
  let inClass = false;
  let afterQuantifier = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const quantified: boolean = afterQuantifier;
    afterQuantifier = false;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next === 'p' || next === 'P') return { feature: 'Unicode character class', index: i, length: 2 };
      if (!inClass && /[1-9]/.test(next)) return { feature: 'backreference', index: i, length: 2 };
      if (!inClass && (next === 'k' || next === 'g')) {
        const feature = next === 'k' ? 'backreference' : 'subroutine or recursion';
        return { feature, index: i, length: 2 };
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (pattern[i + 1] === ']') i++; // a leading ] is a literal
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const group = groupFeature(pattern.slice(i + 2, i + 6));
      if (group) return { feature: group.feature, index: i, length: group.length + 2 };
      continue;
    }
    if (c === '+' && quantified) return { feature: 'possessive quantifier', index: i - 1, length: 2 };
    if (c === '*' || c === '+' || c === '?' || c === '}') afterQuantifier = !(c === '?' && quantified);
  }
  return undefined;
}

/** What follows "(?" at the start of `rest`, when it is an unsupported group. */
function groupFeature(rest: string): { feature: UnsupportedRegexFeature; length: number } | undefined {
  if (rest.startsWith('<=') || rest.startsWith('<!')) return { feature: 'lookbehind', length: 2 };
  if (rest.startsWith('=') || rest.startsWith('!')) return { feature: 'lookahead', length: 1 };
  if (rest.startsWith('>')) return { feature: 'atomic group', length: 1 };
  if (rest.startsWith('P=')) return { feature: 'backreference', length: 2 };
  if (rest.startsWith('P>') || rest.startsWith('&') || rest.startsWith('R'))
    return { feature: 'subroutine or recursion', length: rest.startsWith('P>') ? 2 : 1 };
  if (/^[+-]?[0-9]/.test(rest)) return { feature: 'subroutine or recursion', length: 1 };
  return undefined;
}
