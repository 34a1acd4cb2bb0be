// The README's editor snippets, run verbatim by the real editors Debian ships: Neovim 0.7 (its
// built-in client) and Emacs 28 with eglot, on YAML and JSON. `elbv2-ls` is put on PATH as a user
// would have it. Snippets for editors that cannot run here are only checked to be in the README.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { builtCli } from './support/builtCli';

const ROOT = path.resolve(__dirname, '..');
const EDITORS = path.join(ROOT, 'docs/editors');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function has(command: string, args: string[]): boolean {
  return spawnSync(command, args, { encoding: 'utf8' }).status === 0;
}

function skipUnless(available: boolean, what: string): string | false {
  return !available && process.env.CI !== 'true' ? `skipped: ${what} is not installed` : false;
}

const LISTENER_YAML = fs.readFileSync(path.join(__dirname, 'neovim/listener.elbv2.yaml'), 'utf8');
const LISTENER_JSON = `${JSON.stringify(
  {
    LoadBalancerArn:
      'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188',
    Protocol: 'HTTP',
    Port: 70000,
    DefaultActions: [
      {
        Type: 'forward',
        TargetGroupArn:
          'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067',
      },
    ],
  },
  null,
  2,
)}\n`;

const folders: string[] = [];
after(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder with the documents and an `elbv2-ls` command on PATH that runs the built CLI. */
function workspace(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-editors-'));
  folders.push(dir);
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  const cli = path.join(bin, 'elbv2-ls');
  fs.writeFileSync(cli, `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist/cli.js')}" "$@"\n`);
  fs.chmodSync(cli, 0o755);
  fs.writeFileSync(path.join(dir, 'listener.elbv2.yaml'), LISTENER_YAML);
  fs.writeFileSync(path.join(dir, 'listener.elbv2.json'), LISTENER_JSON);
  return { dir, env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` } };
}

/** A snippet with one piece replaced; fails when the piece is not there, so the test cannot drift. */
function variant(dir: string, snippet: string, from: string, to: string): string {
  const text = fs.readFileSync(path.join(EDITORS, snippet), 'utf8');
  assert.ok(text.includes(from), `${snippet} no longer contains ${from}`);
  const file = path.join(dir, `variant-${snippet}`);
  fs.writeFileSync(file, text.replace(from, to));
  return file;
}

describe('every editor snippet of the README is one of docs/editors/, verbatim', () => {
  for (const file of fs.readdirSync(EDITORS).sort())
    test(file, () => {
      const snippet = fs.readFileSync(path.join(EDITORS, file), 'utf8').trimEnd();
      assert.ok(README.includes(snippet), `README.md does not contain docs/editors/${file} verbatim`);
    });
});

interface NvimResult {
  clients: string[];
  diagnostics: { lnum: number; col: number; message: string; code?: string }[];
  completion: string[];
  hover: string;
  errors: string[];
}

describe('Neovim 0.7: the README snippet', { skip: skipUnless(has('nvim', ['--version']), 'nvim') }, () => {
  before(() => builtCli());

  function run(init: string, file: string, expect: number): NvimResult {
    const { dir, env } = workspace();
    const out = path.join(dir, 'result.json');
    const check = path.join(__dirname, 'neovim/snippet-check.lua');
    const result = spawnSync(
      'nvim',
      ['--headless', '-u', init, '-i', 'NONE', '-n', path.join(dir, file), '-c', `luafile ${check}`],
      {
        cwd: dir,
        env: { ...env, ELBV2_NVIM_OUT: out, ELBV2_NVIM_EXPECT: String(expect) },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    assert.ok(fs.existsSync(out), `Neovim wrote no result (status ${result.status}): ${result.stderr}`);
    return JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
  }

  for (const file of ['listener.elbv2.yaml', 'listener.elbv2.json'])
    test(`as written: diagnostics, completion and hover in ${file}`, () => {
      const result = run(path.join(EDITORS, 'neovim-0.7.lua'), file, 1);
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.clients, ['elbv2-ls']);
      assert.deepEqual(
        result.diagnostics.map((d) => d.code),
        ['value-out-of-range'],
      );
      assert.deepEqual([...result.completion].sort(), ['HTTP', 'HTTPS']);
      assert.match(result.hover, /`Port`/);
    });

  test('a rule turned off in init_options takes effect', () => {
    const { dir } = workspace();
    const init = variant(dir, 'neovim-0.7.lua', 'rules = {}', "rules = { ['value-out-of-range'] = 'off' }");
    const result = run(init, 'listener.elbv2.yaml', 0);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.diagnostics, []);
  });
});

interface EglotReport {
  results: {
    file: string;
    mode: string;
    server: string;
    codes: string[];
    completion: string[];
    hover: string;
  }[];
  errors: string[];
}

describe(
  'Emacs eglot: the README snippet',
  { skip: skipUnless(has('emacs', ['--batch', '--eval', '(require (quote eglot))']), 'emacs with eglot') },
  () => {
    before(() => builtCli());

    function run(snippet: string): { report: EglotReport; stderr: string } {
      const { dir, env } = workspace();
      const out = path.join(dir, 'result.json');
      const files = ['listener.elbv2.yaml', 'listener.elbv2.json'].map((f) => path.join(dir, f));
      const result = spawnSync(
        'emacs',
        [
          '--batch',
          '--eval',
          '(package-activate-all)',
          '-l',
          snippet,
          '-l',
          path.join(__dirname, 'eglot/check.el'),
        ],
        {
          cwd: dir,
          env: { ...env, ELBV2_EGLOT_FILES: files.join(':'), ELBV2_EGLOT_OUT: out },
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      assert.ok(fs.existsSync(out), `Emacs wrote no result (status ${result.status}): ${result.stderr}`);
      return { report: JSON.parse(fs.readFileSync(out, 'utf8')) as EglotReport, stderr: result.stderr };
    }

    test('as written: YAML in yaml-mode and JSON in a JSON mode get diagnostics, completion and hover', () => {
      const { report, stderr } = run(path.join(EDITORS, 'eglot.el'));
      assert.deepEqual(report.errors, []);
      assert.deepEqual(
        report.results.map((r) => [r.file, r.mode, r.server]),
        [
          ['listener.elbv2.yaml', 'yaml-mode', 'elbv2-ls'],
          ['listener.elbv2.json', 'js-json-mode', 'elbv2-ls'],
        ],
      );
      for (const r of report.results) {
        assert.deepEqual(r.codes, ['value-out-of-range'], r.file);
        assert.deepEqual([...r.completion].sort(), ['HTTP', 'HTTPS'], r.file);
        assert.match(r.hover, /`Port`/, r.file);
      }
      assert.doesNotMatch(stderr, /unsupported capability/);
    });

    test('a rule turned off in eglot-workspace-configuration takes effect', () => {
      const { dir } = workspace();
      const snippet = variant(
        dir,
        'eglot.el',
        '(with-eval-after-load',
        `(setq-default eglot-workspace-configuration '(:elbv2 (:rules (:value-out-of-range "off"))))\n(with-eval-after-load`,
      );
      const { report } = run(snippet);
      assert.deepEqual(report.errors, []);
      for (const r of report.results) assert.deepEqual(r.codes, [], r.file);
    });
  },
);
