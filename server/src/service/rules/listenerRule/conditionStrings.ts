// The plain (non-regex) comparison strings of the conditions of one field, for the rules that
// check their syntax.
import { matchValuesOf } from '../../semantics/conditions';
import type { RuleFacts } from '../../semantics/rule';
import type { ScalarNode } from '../../syntax/tree';
import { conditionsOf } from './common';

/** Every non-empty comparison string (not a regular expression) of the field's conditions. */
export function plainValuesOf(rules: readonly RuleFacts[], field: string): ScalarNode[] {
  return conditionsOf(rules)
    .filter((c) => c.field === field)
    .flatMap(({ condition }) => matchValuesOf(condition))
    .filter((v) => !v.regex)
    .flatMap((v) => v.strings)
    .filter((node) => node.value !== '');
}

/** The first character (code point) of `text` that `allowed` refuses, with its UTF-16 index. */
export function firstRefused(
  text: string,
  allowed: (c: string) => boolean,
): { index: number; char: string } | undefined {
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (!allowed(char)) return { index: i, char };
    i += char.length;
  }
  return undefined;
}

/** How a message names a character: "a space", or the character in backquotes. */
export function characterName(c: string): string {
  if (c === ' ') return 'A space';
  if (c.trim() === '')
    return `The white-space character U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `\`${c}\``;
}
