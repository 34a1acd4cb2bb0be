// Small mutations of a document, the kind an editor sends while the user types, pastes or a
// buggy client garbles: each takes the text and returns a new one.
import type { Syntax } from '../../server/src/service/languageService';
import type { Random } from './random';

export interface MutationContext {
  syntax: Syntax;
  /** Another document, for splicing and multi-document streams. */
  other: string;
}

export interface Mutator {
  name: string;
  /** Makes documents of megabytes from small ones: left out of the bounded run of `npm test`. */
  heavy?: boolean;
  apply(text: string, rng: Random, context: MutationContext): string;
}

const TOKENS = [
  ':',
  ': ',
  '-',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '!',
  '!!str ',
  // CloudFormation's short forms and long forms, as a template's mutations would bring them.
  '!Ref ',
  '!GetAtt ',
  '!If [C, ',
  '!Sub ',
  '{Ref: ',
  '{"Fn::If": [',
  'AWS::NoValue',
  'AWS::ElasticLoadBalancingV2::Listener',
  '|',
  '>',
  '%',
  '@',
  '`',
  '?',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\\',
  '\\u',
  '\0',
  '\uFEFF',
  '\uD83D',
  '\uDE00',
  '😀',
  'é',
  '𝄞',
  '\u0301',
  '\u2028',
  '\u0085',
  '\u200F',
  ' ',
  '    ',
  '---',
  '...',
  'null',
  '~',
  '1e999',
  '0x1F',
  '-0',
  '.inf',
  'true',
  'Port',
  'Protocol: ',
  'Type: ',
  'DefaultActions:',
  '"Port": ',
];

/** The most text one paste adds (characters): enough to cross every parse and findings limit. */
const MAX_PASTED = 32 * 1024 * 1024;

const NON_BMP = ['😀', '𝄞', '👩‍👩‍👧', '🇺🇸', '\uD83D', '\uDE00', 'é', 'ﬁ', '中文'];

function lines(text: string): string[] {
  return text.split('\n');
}

function at(text: string, rng: Random): number {
  return rng.int(text.length + 1);
}

function insert(text: string, offset: number, what: string): string {
  return text.slice(0, offset) + what + text.slice(offset);
}

function repeat(times: number, text: string, step: (t: string) => string): string {
  let out = text;
  for (let i = 0; i < times; i++) out = step(out);
  return out;
}

function lineIndex(items: readonly string[], rng: Random): number {
  return rng.int(Math.max(1, items.length));
}

/** The offset just after the first `: ` of a random line that has one, or a random offset. */
function valueOffset(text: string, rng: Random): number {
  const candidates: number[] = [];
  const re = /: |":\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) candidates.push(m.index + m[0].length);
  return candidates.length > 0 ? rng.pick(candidates) : at(text, rng);
}

function deepValue(rng: Random, depth: number, syntax: Syntax): string {
  const closed = rng.chance(0.7);
  if (rng.chance(0.5)) return '['.repeat(depth) + (closed ? ']'.repeat(depth) : '');
  const key = syntax === 'json' ? '"a": ' : 'a: ';
  return `{${key}`.repeat(depth) + '1' + (closed ? '}'.repeat(depth) : '');
}

export const MUTATORS: readonly Mutator[] = [
  {
    name: 'flip-bytes',
    apply(text, rng) {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      for (let i = rng.between(1, 4); i > 0; i--) {
        const p = rng.int(bytes.length);
        bytes[p] = (bytes[p] ?? 0) ^ (1 << rng.int(8));
      }
      return new TextDecoder('utf-8').decode(bytes);
    },
  },
  {
    name: 'insert-tokens',
    apply: (text, rng) => repeat(rng.between(1, 5), text, (t) => insert(t, at(t, rng), rng.pick(TOKENS))),
  },
  {
    name: 'delete-span',
    apply(text, rng) {
      const start = at(text, rng);
      return text.slice(0, start) + text.slice(Math.min(text.length, start + rng.between(1, 40)));
    },
  },
  { name: 'truncate', apply: (text, rng) => text.slice(0, at(text, rng)) },
  {
    name: 'delete-lines',
    apply(text, rng) {
      const items = lines(text);
      items.splice(lineIndex(items, rng), rng.between(1, 3));
      return items.join('\n');
    },
  },
  {
    name: 'duplicate-lines',
    apply(text, rng) {
      const items = lines(text);
      const start = lineIndex(items, rng);
      items.splice(start, 0, ...items.slice(start, start + rng.between(1, 4)));
      return items.join('\n');
    },
  },
  {
    // A paste of the same block many times over, as when a list of resources is pasted in: a
    // single edit that adds tens of thousands of items (and binding entries) at once.
    name: 'paste-block-many-times',
    heavy: true,
    apply(text, rng) {
      const items = lines(text);
      const start = lineIndex(items, rng);
      const block = items.slice(start, start + rng.between(1, 6)).join('\n');
      // At most MAX_PASTED characters: a block of one multi-megabyte line repeated 60,000 times
      // is past the longest string V8 can make.
      const copies = Math.min(rng.pick([1_000, 10_000, 60_000]), Math.floor(MAX_PASTED / (block.length + 1)));
      return [...items.slice(0, start), `${block}\n`.repeat(copies) + block, ...items.slice(start)].join(
        '\n',
      );
    },
  },
  {
    name: 'swap-lines',
    apply(text, rng) {
      const items = lines(text);
      const a = lineIndex(items, rng);
      const b = lineIndex(items, rng);
      [items[a], items[b]] = [items[b] ?? '', items[a] ?? ''];
      return items.join('\n');
    },
  },
  {
    name: 'tab-indentation',
    apply(text, rng) {
      const all = rng.chance(0.5);
      return lines(text)
        .map((l) => (all || rng.chance(0.3) ? l.replace(/^( {2})+/, (s) => '\t'.repeat(s.length / 2)) : l))
        .join('\n');
    },
  },
  {
    name: 'shift-indentation',
    apply(text, rng) {
      const items = lines(text);
      const i = lineIndex(items, rng);
      const line = items[i] ?? '';
      items[i] = rng.chance(0.5) ? ' '.repeat(rng.between(1, 3)) + line : line.replace(/^ {1,3}/, '');
      return items.join('\n');
    },
  },
  {
    name: 'line-endings',
    apply(text, rng) {
      const choice = rng.int(3);
      if (choice === 0) return text.replace(/\r?\n/g, '\r\n');
      if (choice === 1) return text.replace(/\r?\n/g, '\r');
      return text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r']));
    },
  },
  {
    name: 'bom',
    apply: (text, rng) => '\uFEFF' + (rng.chance(0.2) ? insert(text, at(text, rng), '\uFEFF') : text),
  },
  {
    name: 'nul-bytes',
    apply: (text, rng) => repeat(rng.between(1, 3), text, (t) => insert(t, at(t, rng), '\0')),
  },
  {
    name: 'lone-surrogates',
    apply: (text, rng) =>
      repeat(rng.between(1, 3), text, (t) => insert(t, at(t, rng), rng.pick(['\uD83D', '\uDE00', '\uDBFF']))),
  },
  {
    name: 'unicode-before-values',
    // Non-BMP text before a value shifts every later UTF-16 column of the line.
    apply: (text, rng) =>
      repeat(rng.between(1, 3), text, (t) => insert(t, valueOffset(t, rng), rng.pick(NON_BMP))),
  },
  {
    name: 'unicode-in-comment',
    apply(text, rng, context) {
      const items = lines(text);
      const comment = context.syntax === 'json' ? '// ' : '# ';
      items.splice(lineIndex(items, rng), 0, comment + rng.pick(NON_BMP).repeat(rng.between(1, 5)));
      return items.join('\n');
    },
  },
  {
    name: 'yaml-properties',
    apply(text, rng) {
      const what = rng.pick([
        '&a ',
        '&b ',
        '*a',
        '*b',
        '!!str ',
        '!!int ',
        '!!map ',
        '!Ref ',
        '!<tag:x> ',
        '!!binary ',
      ]);
      return insert(text, valueOffset(text, rng), what);
    },
  },
  {
    name: 'merge-keys',
    apply(text, rng) {
      const items = lines(text);
      const i = lineIndex(items, rng);
      const indent = /^\s*/.exec(items[i] ?? '')?.[0] ?? '';
      items.splice(i, 0, `${indent}<<: ${rng.pick(['*a', '[*a, *b]', '{Port: 1}', '*missing'])}`);
      if (rng.chance(0.7)) items.unshift(`x: &a {Protocol: HTTP}`, `y: &b [1]`);
      return items.join('\n');
    },
  },
  {
    name: 'multi-document',
    apply(text, rng, context) {
      const choice = rng.int(4);
      if (choice === 0) return `${text}\n---\n${context.other}`;
      if (choice === 1) return `%YAML 1.2\n---\n${text}\n...\n`;
      const items = lines(text);
      items.splice(lineIndex(items, rng), 0, choice === 2 ? '---' : '...');
      return items.join('\n');
    },
  },
  {
    name: 'splice',
    apply: (text, rng, context) => text.slice(0, at(text, rng)) + context.other.slice(at(context.other, rng)),
  },
  {
    name: 'nest-deeper-than-limit',
    apply(text, rng, context) {
      const offset = valueOffset(text, rng);
      return insert(text, offset, deepValue(rng, rng.between(150, 1500), context.syntax));
    },
  },
  {
    name: 'type-a-key',
    apply(text, rng, context) {
      const typed =
        context.syntax === 'json'
          ? rng.pick(['"', '"Pro', '"Port": ', '{', ', "', '"Type": "', '[{'])
          : rng.pick(['Pro', 'Port: ', '- ', '- Type: ', '  Forward', 'Protocol: HT', '#{', '"#{ho']);
      const items = lines(text);
      const i = lineIndex(items, rng);
      items[i] = (items[i] ?? '') + (rng.chance(0.5) ? '\n' + ' '.repeat(rng.int(8)) : '') + typed;
      return items.join('\n');
    },
  },
  {
    name: 'json-escapes',
    apply: (text, rng) =>
      repeat(rng.between(1, 3), text, (t) =>
        insert(t, at(t, rng), rng.pick(['\\u0000', '\\ud800', '\\uDE00', '\\', '\\"', '\\x41', '\\u12'])),
      ),
  },
];

/** The mutators a run uses: all of them, or only the light ones. */
export function mutatorsFor(heavy: boolean): readonly Mutator[] {
  return heavy ? MUTATORS : MUTATORS.filter((m) => !m.heavy);
}
