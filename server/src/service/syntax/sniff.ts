// The syntax of a text that comes without a file name (standard input): JSON when its first
// non-blank character opens a JSON object or list, YAML otherwise. A YAML flow mapping opens with
// `{` too, but a plain key (`{ Port: 80 }`) or an unquoted value tells them apart.
import type { Syntax } from './tree';

export function sniffSyntax(text: string): Syntax {
  const first = nextToken(text, 0);
  if (first === -1) return 'yaml';
  const open = text[first];
  if (open !== '{' && open !== '[') return 'yaml';
  const second = nextToken(text, first + 1);
  const after = second === -1 ? '' : (text[second] as string);
  if (open === '{') return after === '"' || after === '}' ? 'json' : 'yaml';
  return after === '"' || after === ']' || after === '{' || after === '[' || /[-0-9]/.test(after)
    ? 'json'
    : 'yaml';
}

function nextToken(text: string, from: number): number {
  for (let i = from; i < text.length && i < from + 10_000; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\ufeff') return i;
  }
  return -1;
}
