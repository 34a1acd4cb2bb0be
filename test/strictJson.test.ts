// The one-pass parse of plain strict JSON (syntax/strictJson.ts) gives the tree and problems that
// jsonc-parser's way (parseJsonWithRecovery) gives, and hands every other text to that way.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { largeTemplate } from '../bench/documents';
import { parseJson, parseJsonWithRecovery } from '../server/src/service/syntax/parseJson';
import { parseStrictJson } from '../server/src/service/syntax/strictJson';
import { MAX_DEPTH } from '../server/src/service/syntax/limits';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFiles(full));
    else if (entry.name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** Both ways give the same document; returns whether the fast one took the text. */
function same(text: string, label: string): boolean {
  assert.deepStrictEqual(parseJson(text), parseJsonWithRecovery(text), label);
  return parseStrictJson(text) !== undefined;
}

const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

describe('strict JSON in one pass', () => {
  test('every JSON file of the fixtures, the examples and the corpus parses as jsonc-parser reads it', (t) => {
    const files = [
      ...jsonFiles(path.join(ROOT, 'test')),
      ...jsonFiles(path.join(ROOT, 'examples')),
      ...jsonFiles(CORPUS),
    ];
    if (!fs.existsSync(CORPUS)) t.diagnostic(`${CORPUS} is absent: fixtures and examples only`);
    let fast = 0;
    for (const file of files) if (same(fs.readFileSync(file, 'utf8'), file)) fast++;
    assert.ok(files.length > 50, `${files.length} files`);
    // Most are plain strict JSON; the rest (comments, mistakes on purpose) take the other way.
    assert.ok(fast > files.length / 2, `${fast} of ${files.length} took the fast way`);
    assert.ok(fast < files.length, 'some files are not strict JSON and take the other way');
  });

  test("the bench's synthesized template takes the fast way", () => {
    assert.equal(same(largeTemplate(), 'synthesized template'), true);
  });

  const strict: [string, string][] = [
    ['numbers', '[0, -0, 1, -12, 0.5, 1e3, 1E-2, -1.25e+10, 1e400, 123456789012345678901234567890]'],
    ['escapes', String.raw`{"a\"b": "\\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 \ud800 \u0000"}`],
    ['raw characters', '{"é": "✓ \u2028 \u2029 \u007f 😀"}'],
    ['empty containers', '{"a": {}, "b": [], "c": [{}, []], "d": ""}'],
    ['whitespace', ' \t\r\n{\r\n\t"a" :\n1 ,"b":[ true ,false, null ]\r\n}\n\n'],
    ['duplicate keys', '{"a": 1, "a": 2, "b": {"c": 1, "c": [1]}}'],
    ['a scalar', '"just a string"'],
    ['a number', '42'],
    ['nested to the limit', nested(MAX_DEPTH + 1)],
  ];
  for (const [name, text] of strict)
    test(`strict: ${name}`, () => {
      assert.equal(same(text, name), true);
    });

  const other: [string, string][] = [
    ['empty', ''],
    ['blank', '  \n'],
    ['a trailing comma', '{"a": 1,}'],
    ['a trailing comma in a list', '[1, 2,]'],
    ['a line comment', '{"a": 1 // one\n}'],
    ['a block comment', '/* c */ {"a": 1}'],
    ['a hash comment', '# c\n{"a": 1}'],
    ['a byte-order mark', '\ufeff{"a": 1}'],
    ['a no-break space', '{"a":\u00a01}'],
    ['a vertical tab', '{"a":\u000b1}'],
    ['a leading zero', '[01]'],
    ['a bare dot', '[1.]'],
    ['a leading dot', '[.5]'],
    ['a plus sign', '[+1]'],
    ['hexadecimal', '[0x1F]'],
    ['a unit', '[12px]'],
    ['NaN', '[NaN]'],
    ['a cut word', '[tru]'],
    ['a long word', '[truex]'],
    ['single quotes', "{'a': 1}"],
    ['a bare key', '{a: 1}'],
    ['an unterminated string', '{"a": "b}'],
    ['a line break in a string', '{"a": "b\nc"}'],
    ['a tab in a string', '{"a": "b\tc"}'],
    ['a bad escape', String.raw`{"a": "\x41"}`],
    ['a short unicode escape', String.raw`{"a": "\u12"}`],
    ['two values', '{} {}'],
    ['a missing colon', '{"a" 1}'],
    ['a missing comma', '[1 2]'],
    ['an unclosed object', '{"a": 1'],
    ['an unclosed list', '[1, 2'],
    ['a stray closer', '{"a": 1}}'],
    ['nested too deep', nested(MAX_DEPTH + 2)],
    ['nested far too deep', nested(10_000)],
  ];
  for (const [name, text] of other)
    test(`not strict, parsed the other way: ${name}`, () => {
      assert.equal(same(text, name), false);
    });

  test('random documents, written compactly and indented', () => {
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const characters = [
      'a',
      'Z',
      '0',
      ' ',
      '"',
      '\\',
      '/',
      '\n',
      '\t',
      '\u0001',
      'é',
      '😀',
      '\ud800',
      '$',
      '{',
      ']',
    ];
    const word = (): string =>
      Array.from({ length: Math.floor(next() * 6) }, () => pick(characters)).join('');
    const valueOf = (depth: number): unknown => {
      const r = next();
      if (depth > 4 || r < 0.35) return pick([0, -0, 7, -3.5, 1e21, 2.5e-7, true, false, null, word()]);
      if (r < 0.65) return Array.from({ length: Math.floor(next() * 4) }, () => valueOf(depth + 1));
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 4); i > 0; i--) object[word()] = valueOf(depth + 1);
      return object;
    };
    for (let i = 0; i < 400; i++) {
      const value = valueOf(0);
      for (const indent of [undefined, 1, '\t']) {
        const text = JSON.stringify(value, undefined, indent);
        assert.equal(same(text, text), true, text);
      }
    }
  });
});
