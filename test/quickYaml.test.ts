// The quick YAML reader (syntax/quickYaml.ts) must give, wherever it answers, exactly the tree and
// problems of the full parse through the yaml package: same nodes, offsets, values, parent links
// and problems in the same order. It may decline any text; it must be taken on the common ones.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cliTemplate, typicalTemplate } from '../bench/documents';
import { parseYamlFully } from '../server/src/service/syntax/parseYaml';
import { readQuickYaml } from '../server/src/service/syntax/quickYaml';
import { mutatorsFor } from './fuzz/mutators';
import { Random } from './fuzz/random';
import { loadSeeds } from './fuzz/seeds';

/** Why the quick reading differs from the full one, or undefined when it agrees (or declines). */
function disagreement(text: string): string | undefined {
  const quick = readQuickYaml(text);
  if (!quick) return undefined;
  const full = parseYamlFully(text);
  try {
    assert.deepStrictEqual(quick, { root: full.root, problems: full.problems });
    return undefined;
  } catch (error) {
    return `${error instanceof Error ? error.message.slice(0, 2000) : String(error)}\n--- text:\n${text.slice(0, 600)}`;
  }
}

// Each a shape the reader takes, or one next to it that it must decline or read alike.
const CASES: string[] = [
  'a: 1\nb: two\n',
  'a:\n  b: c  \n  d:\n  e: !Ref x\nf: >-\n  hello\n  world\n\ng:\n- 1\n- [x, !If [a, b]]  # c\n',
  'a: |\n  x\n\n  y\n\n\nb: 1',
  'a: >\n  x\n   y\n  z\nb: 1',
  'a: >\n  x\n\n   y\n\n  z\n',
  'a: |-\n  x\n\nb: 1',
  'a: |\n  x',
  'a: |+\n  x\n\nb: 1',
  'a: >2\n   x\n',
  'a: | # c\n  x\n',
  'a: |\n\n  x\n',
  'a: |\n  x\n   \nb: 1',
  'a: !Sub |\n  x ${A}\nb: 1',
  'a:\n  - \n  - x',
  'a: # c\n  # d\nb: !Ref 80',
  '# c\n\n  a: 1\n  b: 2\n',
  'a: "x\\ty\\u00e9\\x41\\""\nb: \'it\'\'s\'\nc: {x: 1, "y": [2]}',
  'a: "\\q"\n',
  'a: "\\U0010FFFF \\U00110000"\n',
  'a: !If\n  - c\n  - [x]\nb: !If\n- 1\n- 2',
  'a: !If # c\n  - c\n',
  'k:\n- a: 1\n  b:\n  - x\n- - y\n  - z\n',
  '---\na: 1\n',
  '--- # c\na: 1\n',
  '---\na: 1\n---\nb: 2\n',
  'a: 1\n...\n',
  '%YAML 1.1\n---\na: yes\n',
  'a: &x 1\nb: *x\n',
  '<<: {a: 1}\n',
  'a: <<\n',
  '? a\n: b\n',
  'a : b\n',
  'a: b: c\n',
  'a: b\n  c\n',
  'a:\n  b\nc: 1\n',
  "'ecs:cluster':\n  !Sub 'arn:${X}'\n",
  'a: [1, 2,]\n',
  'a: [1,, 2]\n',
  'a: [1\n  , 2]\n',
  'a: [a: b]\n',
  'a: [a:b, "c":d]\n',
  'a: {a: 1, b}\n',
  'a: {a:1}\n',
  'a: {}\nb: []\n',
  'a: [ ]\n',
  '2: x\n02: y\n0x1F: z\ntrue: t\nNull: n\n.5: f\n',
  '01_php: 1\n/var/www: 2\n03Event: 3\n$x: 4\n',
  '=: 1\nb: =\nc: 2024-13-01\nd: 2024-01-01\ne: 8_080\nf: 0x_\n',
  'a: 1\na: 2\nb: {c: 1, c: 2}\n',
  'a: !Unknown x\n',
  'a: !!str x\n',
  'a: !Ref\nb: 1\n',
  'a: !Ref !Sub x\n',
  'a: [!Ref , b]\n',
  'a: !Base64 !Sub x\n',
  'a: !GetAZs ""\nb: !Base64\n  Fn::Sub: |\n    echo\n',
  '- a\n- - b\n  - c\n-\n  d: 1\n',
  'a: b # c\nd: e#f\ng: "h" # i\nj: "k"#l\n',
  'a: -1\nb: - 1\nc: -x\n',
  'a: x\n b: 1\n',
  'a:\n    b: 1\n   c: 2\n',
  'a: @x\n',
  'a: `x\n',
  'a: %x\n',
  'a: ?x\n',
  'a: :x\n',
  'a: x]\nb: x,y\nc: x[0]\n',
  'x',
  '',
  '# only a comment\n',
  '- 1\n',
  'a: 1\n\n\n',
  'a: 1\n  # indented comment\nb: 2\n',
  'a: "unterminated\n',
  "a: 'unterminated\n",
  "a: 'multi\n  line'\n",
  'a: "multi\n  line"\n',
  'a: x\n-b: 1\n',
  'a:\n- 1\nb:\n  - 2\n',
  '  a: 1\nb: 2\n',
  'a: "x" y\n',
  'a: [x] y\n',
  'a: 1 # comment: with colon\n',
  'a: http://x.y/z?q=1#frag\n',
  'a: 0.0.0.0/0\nb: 200-299\nc: List<AWS::EC2::Subnet::Id>\n',
  'Parameters:\n  P:\n    AllowedValues: [dev, staging, prod]\n',
  typicalTemplate(),
  cliTemplate(3),
];

/**
 * Edits of whole lines that keep a text near the reader's subset, where the two readings are most
 * likely to part: indentation moved, lines dropped, doubled or swapped, comments, blank lines and
 * block-scalar headers put in, values quoted, tagged or turned into flow lists.
 */
const LINE_EDITS: readonly ((lines: string[], i: number, rng: Random) => void)[] = [
  (lines, i, rng) => (lines[i] = ' '.repeat(rng.between(1, 3)) + (lines[i] ?? '')),
  (lines, i, rng) => (lines[i] = (lines[i] ?? '').replace(/^ {1,3}/, ' '.repeat(rng.int(2)))),
  (lines, i) => void lines.splice(i, 1),
  (lines, i) => void lines.splice(i, 0, lines[i] ?? ''),
  (lines, i) => void lines.splice(i, 2, lines[i + 1] ?? '', lines[i] ?? ''),
  (lines, i, rng) => void lines.splice(i, 0, ' '.repeat(rng.int(12)) + rng.pick(['', '#', '# c: d', '---'])),
  (lines, i, rng) =>
    (lines[i] = (lines[i] ?? '').replace(
      /: (.*)$/,
      (_, v: string) => `: ${rng.pick(['|', '>-', '|-', '>'])}
${' '.repeat(rng.int(14))}${v}`,
    )),
  (lines, i, rng) =>
    (lines[i] = (lines[i] ?? '').replace(/: (.*)$/, (_, v: string) =>
      rng.pick([
        `: '${v}'`,
        `: "${v}"`,
        `: [${v}]`,
        `: {k: ${v}}`,
        `: !Ref ${v}`,
        `: !If [c, ${v}, x]`,
        `:\n${' '.repeat(rng.int(10))}${v}`,
      ]),
    )),
  (lines, i, rng) =>
    (lines[i] = `${lines[i] ?? ''}${rng.pick([' # c', '#c', ' ', ':', ': x', ',', ']', ' - y'])}`),
  (lines, i, rng) =>
    (lines[i] = (lines[i] ?? '').replace(/^( *)- /, rng.pick(['$1-  ', '$1', '$1- - ', '$1-\n$1  ']))),
];

function editLines(text: string, rng: Random): string {
  const lines = text.split('\n');
  for (let n = rng.between(1, 4); n > 0; n--) rng.pick(LINE_EDITS)(lines, rng.int(lines.length), rng);
  return lines.join('\n');
}

describe('readQuickYaml', () => {
  test('agrees with the full parse on the chosen cases', () => {
    for (const text of CASES) assert.equal(disagreement(text), undefined, JSON.stringify(text));
  });

  test('reads the bench templates and the examples in YAML', () => {
    assert.ok(readQuickYaml(typicalTemplate()));
    assert.ok(readQuickYaml(cliTemplate(7)));
    const examples = loadSeeds({ corpus: false }).filter(
      (s) => s.syntax === 'yaml' && s.name.startsWith('examples/'),
    );
    assert.ok(examples.length > 0);
    for (const seed of examples) assert.ok(readQuickYaml(seed.text), seed.name);
  });

  const seeds = loadSeeds({ corpus: true }).filter((s) => s.syntax === 'yaml');
  test('agrees on every fixture, example and corpus document', () => {
    for (const seed of seeds) assert.equal(disagreement(seed.text), undefined, seed.name);
  });

  test('agrees on mutated documents (fixed seed)', () => {
    const rng = new Random(Number(process.env.QUICK_YAML_SEED ?? 20261203));
    const mutators = mutatorsFor(false);
    const inputs = Number(process.env.QUICK_YAML_INPUTS ?? 3000);
    for (let i = 0; i < inputs; i++) {
      const seed = rng.pick(seeds);
      const other = rng.pick(seeds).text;
      let text = seed.text;
      for (let n = rng.between(1, 3); n > 0; n--)
        text = rng.pick(mutators).apply(text, rng, { syntax: 'yaml', other });
      assert.equal(disagreement(text), undefined, `input ${i} from ${seed.name}`);
    }
  });

  test('agrees on documents with lines edited (fixed seed)', () => {
    const rng = new Random(Number(process.env.QUICK_YAML_SEED ?? 20261204));
    const inputs = Number(process.env.QUICK_YAML_INPUTS ?? 3000);
    for (let i = 0; i < inputs; i++) {
      const seed = rng.pick(seeds);
      assert.equal(disagreement(editLines(seed.text, rng)), undefined, `input ${i} from ${seed.name}`);
    }
  });
});
