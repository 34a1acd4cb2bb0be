// Configuration files: parsing and validation against schemas/elbv2-ls-config.schema.json (every
// problem with its line), what a chain of files settles for a file, and finding them on disk.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Ajv from 'ajv';
import { ConfigLoader } from '../server/src/common/config/loadConfig';
import { parseConfig, type ConfigProblem } from '../server/src/common/config/parseConfig';
import { isIgnoredDirectory, settingsFor } from '../server/src/common/config/resolve';
import type { LoadedConfig } from '../server/src/common/config/types';
import { RULES } from '../server/src/service/languageService';

const RULE_IDS = RULES.map((r) => r.id);
const SCHEMA = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../schemas/elbv2-ls-config.schema.json'), 'utf8'),
) as object;

function problems(text: string): ConfigProblem[] {
  const parsed = parseConfig(text, RULE_IDS);
  assert.ok('problems' in parsed, `expected problems for ${JSON.stringify(text)}`);
  return parsed.problems;
}

describe('configuration file: parsing and validation', () => {
  test('a full configuration is accepted as written', () => {
    const text = [
      'root: true',
      'rules:',
      '  unknown-ssl-policy: off',
      '  unknown-member: warning',
      'files: ["listeners/*.yaml"]',
      'ignore: [generated/]',
      'parameters: { Environment: prod, Port: 443, Subnets: [a, b] }',
      'overrides:',
      '  - files: ["legacy/**"]',
      '    rules: { redirect-loop: off }',
      '',
    ].join('\n');
    const parsed = parseConfig(text, RULE_IDS);
    assert.ok('config' in parsed, JSON.stringify(parsed));
    assert.deepEqual(parsed.config.rules, { 'unknown-ssl-policy': 'off', 'unknown-member': 'warning' });
    assert.deepEqual(parsed.config.parameters, { Environment: 'prod', Port: 443, Subnets: ['a', 'b'] });
    assert.deepEqual(parseConfig('', RULE_IDS), { config: {} });
    assert.deepEqual(parseConfig('# only a comment\n', RULE_IDS), { config: {} });
    const json = parseConfig('{ "rules": { "unknown-member": "off" } }', RULE_IDS);
    assert.deepEqual(json, { config: { rules: { 'unknown-member': 'off' } } });
  });

  test('text that is not YAML: the parser error with its line', () => {
    const [first] = problems('rules:\n  unknown-member: off\nignore: [a\n');
    assert.ok(first);
    assert.match(first.message, /^not valid YAML or JSON: /);
    assert.ok(first.line >= 3, `line ${first.line}`);
    assert.match(
      problems('rules: { a: 1, a: 2 }\n')[0]?.message ?? '',
      /not valid YAML or JSON: .*[Uu]nique|duplicate/i,
    );
  });

  test('an unknown rule id, with the nearest one, on its line', () => {
    assert.deepEqual(problems('rules:\n  unknown-member: off\n  unknown-membr: warning\n'), [
      {
        line: 3,
        column: 3,
        message:
          'unknown rule id `unknown-membr` (did you mean `unknown-member`?); the rules are listed in docs/rules.md',
      },
    ]);
    const [inOverride] = problems('overrides:\n  - files: [a]\n    rules: { no-such-rule: off }\n');
    assert.deepEqual([inOverride?.line, inOverride?.column], [3, 14]);
    assert.match(inOverride?.message ?? '', /unknown rule id `no-such-rule`/);
  });

  test('wrong values and keys, each on its line, in the order of the file', () => {
    const found = problems(
      [
        'rules:',
        '  unknown-member: loud',
        'ignore: generated/',
        'overides: []',
        'root: yes',
        'overrides: [{ rules: {} }]',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map((p) => [p.line, p.column]),
      [
        [2, 19],
        [3, 9],
        [4, 1],
        [5, 7],
        [6, 13],
      ],
    );
    assert.match(
      found[0]?.message ?? '',
      /`rules.unknown-member` must be one of error, warning, info, hint, off/,
    );
    assert.match(found[1]?.message ?? '', /`ignore` must be a list/);
    assert.match(
      found[2]?.message ?? '',
      /unknown key `overides` in the configuration \(did you mean `overrides`\?\)/,
    );
    assert.match(found[3]?.message ?? '', /`root` must be true or false/);
    assert.match(found[4]?.message ?? '', /`overrides.0` needs `files`/);
    assert.match(
      problems('parameters: { A: { nested: 1 } }')[0]?.message ?? '',
      /`parameters.A` must be a string, a number/,
    );
    assert.match(problems('- a\n- b\n')[0]?.message ?? '', /the configuration must be a mapping/);
  });

  test('the shipped schema is what the generated validator enforces (checked with ajv at run time)', () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(SCHEMA);
    const samples: unknown[] = [
      { rules: { 'unknown-member': 'off' } },
      { rules: { 'unknown-membr': 'off' } },
      { files: 'x' },
      { overrides: [{ files: [] }] },
      { parameters: { A: [1, 'b'] } },
      { parameters: { A: [{}] } },
      { root: true, ignore: ['a/', '/b/**'] },
    ];
    for (const sample of samples) {
      const shipped = validate(sample);
      const generated = 'config' in parseConfig(JSON.stringify(sample), RULE_IDS);
      assert.equal(generated, shipped, JSON.stringify(sample));
    }
  });
});

function loaded(directory: string, config: LoadedConfig['config']): LoadedConfig {
  return { path: path.join(directory, '.elbv2-ls.yaml'), directory, config };
}

describe('configuration file: what a chain settles for a file', () => {
  const repo = path.resolve('/repo');
  const team = path.join(repo, 'team');

  test('the nearest file wins; overrides win over their file; globs are relative to their file', () => {
    const chain = [
      loaded(team, {
        rules: { 'unknown-member': 'error' },
        overrides: [{ files: ['legacy/**'], rules: { 'unknown-member': 'off' }, parameters: { Env: 'old' } }],
      }),
      loaded(repo, {
        rules: { 'unknown-member': 'warning', 'redirect-loop': 'off' },
        parameters: { Env: 'prod' },
      }),
    ];
    assert.deepEqual(settingsFor(path.join(team, 'lb.elbv2.yaml'), chain), {
      severities: { 'unknown-member': 'error', 'redirect-loop': 'off' },
      parameters: { Env: 'prod' },
      named: false,
      ignored: false,
    });
    const legacy = settingsFor(path.join(team, 'legacy', 'x', 'lb.yaml'), chain);
    assert.deepEqual(legacy.severities, { 'unknown-member': 'off', 'redirect-loop': 'off' });
    assert.deepEqual(legacy.parameters, { Env: 'old' });
    // Outside `team`, its file does not apply.
    assert.deepEqual(settingsFor(path.join(repo, 'other.yaml'), chain).severities, {
      'unknown-member': 'warning',
      'redirect-loop': 'off',
    });
  });

  test('files and ignore: at any depth, or anchored with a leading `/`; a directory with all under it', () => {
    const chain = [
      loaded(repo, { files: ['listeners/*.yaml'], ignore: ['generated/', '/build/**', '*.tmp.yaml'] }),
    ];
    const at = (p: string) => settingsFor(path.join(repo, p), chain);
    assert.equal(at('listeners/a.yaml').named, true);
    assert.equal(at('team/listeners/a.yaml').named, true);
    assert.equal(at('listeners/deep/a.yaml').named, false);
    assert.equal(at('generated/a.elbv2.yaml').ignored, true);
    assert.equal(at('x/generated/y/a.elbv2.yaml').ignored, true);
    assert.equal(at('build/a.elbv2.yaml').ignored, true);
    assert.equal(at('x/build/a.elbv2.yaml').ignored, false);
    assert.equal(at('x/a.tmp.yaml').ignored, true);
    assert.equal(at('x/a.yaml').ignored, false);
    assert.equal(isIgnoredDirectory(path.join(repo, 'generated'), chain), true);
    assert.equal(isIgnoredDirectory(path.join(repo, 'build'), chain), true);
    assert.equal(isIgnoredDirectory(path.join(repo, 'x', 'build'), chain), false);
    assert.equal(isIgnoredDirectory(path.join(repo, 'src'), chain), false);
  });
});

describe('configuration file: found by walking up', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-config-'));
    const write = (file: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('outer/.elbv2-ls.yaml', 'rules: { redirect-loop: off }\n');
    write('outer/repo/.elbv2-ls.yaml', 'root: true\nrules: { unknown-member: warning }\n');
    write('outer/repo/team/.elbv2-ls.json', '{ "rules": { "unknown-member": "error" } }\n');
    write('outer/repo/team/lb/x.elbv2.yaml', '');
    write('outer/open/.elbv2-ls.yaml', 'rules: { unknown-member: hint }\n');
    write('outer/two/.elbv2-ls.yaml', '{}\n');
    write('outer/two/.elbv2-ls.json', '{}\n');
    write('outer/bad/.elbv2-ls.yml', 'rules: [\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('nearest first, up to `root: true`', () => {
    const loader = new ConfigLoader();
    const { chain, failures } = loader.chainFor(path.join(dir, 'outer/repo/team/lb'));
    assert.deepEqual(failures, []);
    assert.deepEqual(
      chain.map((c) => path.relative(dir, c.path)),
      ['outer/repo/team/.elbv2-ls.json', 'outer/repo/.elbv2-ls.yaml'].map((p) => path.normalize(p)),
    );
    assert.deepEqual(settingsFor(path.join(dir, 'outer/repo/team/lb/x.elbv2.yaml'), chain).severities, {
      'unknown-member': 'error',
    });
    const open = loader.chainFor(path.join(dir, 'outer/open'));
    assert.deepEqual(settingsFor(path.join(dir, 'outer/open/a.yaml'), open.chain).severities, {
      'redirect-loop': 'off',
      'unknown-member': 'hint',
    });
  });

  test('two files in one directory, or a broken one, are failures with a position', () => {
    const loader = new ConfigLoader();
    const two = loader.chainFor(path.join(dir, 'outer/two'));
    assert.match(
      two.failures[0]?.problems[0]?.message ?? '',
      /more than one configuration file .*\.elbv2-ls\.yaml, \.elbv2-ls\.json/,
    );
    const bad = loader.chainFor(path.join(dir, 'outer/bad'));
    assert.equal(bad.failures[0]?.path, path.join(dir, 'outer/bad/.elbv2-ls.yml'));
    assert.ok((bad.failures[0]?.problems[0]?.line ?? 0) >= 1);
  });

  test('clear() reads a changed file again', () => {
    const loader = new ConfigLoader();
    const where = path.join(dir, 'outer/open');
    assert.deepEqual(loader.chainFor(where).chain[0]?.config.rules, { 'unknown-member': 'hint' });
    fs.writeFileSync(path.join(where, '.elbv2-ls.yaml'), 'rules: { unknown-member: off }\n');
    assert.deepEqual(loader.chainFor(where).chain[0]?.config.rules, { 'unknown-member': 'hint' });
    loader.clear();
    assert.deepEqual(loader.chainFor(where).chain[0]?.config.rules, { 'unknown-member': 'off' });
  });
});
