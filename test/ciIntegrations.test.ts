// The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml) as CI runs them.
// GitHub itself is not here: the action's script runs under bash with GitHub's variables set and a
// stand-in `npx` that checks the package it is asked for and runs the built CLI instead.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { builtCli } from './support/builtCli';

const ROOT = path.resolve(__dirname, '..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const ARN = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';
const BAD = `LoadBalancerArn: ${ARN}\nProtocol: HTTP\nPort: 70000\nDefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200" } }]\n`;

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: { id?: string; run?: string; uses?: string; if?: string }[] };
}

let dir: string;
let cli: string;

before(() => {
  cli = builtCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-ci-'));
  fs.mkdirSync(path.join(dir, 'repo/infra'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'repo/infra/lb.elbv2.yaml'), BAD);
  fs.writeFileSync(path.join(dir, 'repo/infra/ok.elbv2.yaml'), BAD.replace('70000', '80'));
  fs.writeFileSync(path.join(dir, 'repo/ci.yml'), 'on: push\njobs: {}\n');
  // The stand-in npx: `npx --yes elbv2-ls@<version> check …` runs the built CLI.
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.writeFileSync(
    path.join(dir, 'bin/npx'),
    `#!/usr/bin/env bash\n[ "$1" = --yes ] && [ "$2" = "elbv2-ls@$EXPECTED_VERSION" ] || { echo "npx called with $*" >&2; exit 99; }\nshift 2\nexec "${process.execPath}" "${cli}" "$@"\n`,
    { mode: 0o755 },
  );
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('action.yml', () => {
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

  function runAction(inputs: Record<string, string>, expectedVersion = VERSION) {
    const script = action.runs.steps.find((s) => s.id === 'check')?.run;
    assert.ok(script);
    const outputFile = path.join(dir, `output-${Math.random()}`);
    const value = (name: string): string => inputs[name] ?? action.inputs[name]?.default ?? '';
    const result = spawnSync('bash', ['-e', '-c', script], {
      cwd: path.join(dir, 'repo'),
      encoding: 'utf8',
      env: {
        PATH: `${path.join(dir, 'bin')}:${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`,
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: outputFile,
        EXPECTED_VERSION: expectedVersion,
        ELBV2_LS_PATHS: value('paths'),
        ELBV2_LS_FORMAT: value('format'),
        ELBV2_LS_ARGS: value('args'),
        ELBV2_LS_VERSION: value('version'),
        ELBV2_LS_SARIF: value('sarif-file'),
      },
    });
    const outputs = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8') : '';
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
  }

  test('a composite action whose upload step runs only for SARIF', () => {
    assert.equal(action.runs.using, 'composite');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    assert.match(upload?.if ?? '', /inputs\.format == 'sarif'/);
  });

  test('format github: annotations, the exit code of the check, the version of the action', () => {
    const result = runAction({ paths: 'infra' });
    assert.equal(result.code, 1, result.stderr);
    assert.match(
      result.stdout,
      /^::error file=infra\/lb\.elbv2\.yaml,line=3,col=7,.*title=value-out-of-range::/m,
    );
    assert.equal(result.outputs, 'exit-code=1\n');
  });

  test('paths and globs as written, extra args, another version', () => {
    const result = runAction(
      { paths: "infra/ok.elbv2.yaml\n'**/*.json'", args: '--max-warnings 0', version: '9.9.9' },
      '9.9.9',
    );
    // The quoted glob matches nothing: elbv2-ls (not the shell) says so.
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /'\*\*\/\*\.json': no YAML or JSON files match this pattern/);
    assert.equal(runAction({ paths: 'infra/ok.elbv2.yaml', args: '--max-warnings 0' }).code, 0);
  });

  test('format sarif: the report is written and the step passes, so that the upload runs; the exit code is kept', () => {
    const result = runAction({ paths: 'infra', format: 'sarif', 'sarif-file': 'out.sarif' });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.outputs, 'exit-code=1\n');
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'repo/out.sarif'), 'utf8')) as {
      version: string;
    };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(runAction({ format: 'xml' }).code, 2);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    types_or: string[];
  }[];

  test('one node hook on YAML and JSON files whose entry skips files that are not ELBv2', () => {
    const hook = hooks.find((h) => h.id === 'elbv2-ls');
    assert.ok(hook);
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types_or, ['yaml', 'json']);
    const [command, ...args] = hook.entry.split(' ');
    assert.equal(command, 'elbv2-ls');
    const run = (files: string[]) =>
      spawnSync(process.execPath, [cli, ...args, ...files], {
        cwd: path.join(dir, 'repo'),
        encoding: 'utf8',
      });
    assert.equal(run(['ci.yml', 'infra/ok.elbv2.yaml']).status, 0);
    assert.equal(run(['ci.yml']).status, 0);
    const bad = run(['ci.yml', 'infra/lb.elbv2.yaml']);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /infra\/lb\.elbv2\.yaml:3:7 error/);
  });
});
