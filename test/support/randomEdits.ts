// Random edits of a YAML text, as the incremental tests apply them: typing, and every character
// that means something in YAML.

/** What an edit may insert: ordinary text, and every character that means something in YAML. */
export const INSERTS = [
  'x',
  'x',
  'x',
  'abc',
  '1',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\n    ',
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' #c',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '%',
  '\t',
  '---',
  '...',
  '?',
  '@',
  '`',
  '\n- ',
  '\n  Port: 80',
  '\n- Type: forward',
  '\nFoo: bar',
  '\r\n',
  '\u00e9',
  '\ud83d\ude00',
  '""',
  "''",
];

/** What typing mostly inserts. */
const PLAIN = ['x', 'e', 'abc', '1', '0', '-', ' '];

export function randomEdit(text: string, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  if (roll < 0.3) return text.slice(0, at) + pick(PLAIN) + text.slice(at);
  if (roll < 0.55) return text.slice(0, at) + pick(INSERTS) + text.slice(at);
  const length = 1 + Math.floor(next() * (roll < 0.85 ? 3 : 40));
  if (roll < 0.9) return text.slice(0, at) + pick(INSERTS) + text.slice(at + length);
  return text.slice(0, at) + text.slice(at + length);
}
