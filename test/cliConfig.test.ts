// `elbv2-ls check` with configuration files in the tree: severities, overrides, extra files,
// ignored paths, `root: true`, a broken file (exit 2 with its position) and --no-config-lookup.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { builtCli } from './support/builtCli';
import { runCli } from './support/runCli';
import { LISTENER_BAD_PORT } from './support/listeners';

const LISTENER = LISTENER_BAD_PORT;

interface Output {
  files: { path: string; findings: { ruleId: string; severity: string }[] }[];
  problems: { path: string; message: string }[];
}

let dir: string;

function write(file: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}

function check(
  args: string[],
  cwd = dir,
  input?: string,
): { code: number | null; output: Output; stderr: string } {
  const result = runCli(['check', '--format', 'json', ...args], { cwd, ...(input ? { input } : {}) });
  return { code: result.code, output: JSON.parse(result.stdout || '{}') as Output, stderr: result.stderr };
}

function severities(output: Output): Record<string, string> {
  return Object.fromEntries(
    output.files.map((f) => [f.path, f.findings.map((x) => `${x.ruleId}:${x.severity}`).join()]),
  );
}

before(() => {
  builtCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-cli-config-'));
  write('.elbv2-ls.yaml', 'root: true\nrules:\n  value-out-of-range: warning\n');
  write('a.elbv2.yaml', LISTENER);
  write(
    'strict/.elbv2-ls.yml',
    'overrides:\n  - files: ["prod-*"]\n    rules: { value-out-of-range: error }\n',
  );
  write('strict/prod-lb.elbv2.yaml', LISTENER);
  write('strict/dev-lb.elbv2.yaml', LISTENER);
  write('named/.elbv2-ls.json', '{ "files": ["*.lb"], "ignore": ["generated/", "skip-*.yaml"] }');
  write('named/listener.lb', LISTENER);
  write('named/generated/x.elbv2.yaml', LISTENER);
  write('named/skip-me.elbv2.yaml', LISTENER);
  write('broken/.elbv2-ls.yaml', 'rules:\n  value-out-of-rang: off\n');
  write('broken/lb.elbv2.yaml', LISTENER);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('elbv2-ls check with configuration files', () => {
  test('rule severities, the nearest file and its overrides winning; --rule wins over all', () => {
    const { code, output } = check(['a.elbv2.yaml', 'strict']);
    assert.deepEqual(severities(output), {
      'a.elbv2.yaml': 'value-out-of-range:warning',
      'strict/dev-lb.elbv2.yaml': 'value-out-of-range:warning',
      'strict/prod-lb.elbv2.yaml': 'value-out-of-range:error',
    });
    assert.equal(code, 1);
    const cli = check(['--rule', 'value-out-of-range=off', 'strict']);
    assert.deepEqual(severities(cli.output), {
      'strict/dev-lb.elbv2.yaml': '',
      'strict/prod-lb.elbv2.yaml': '',
    });
    assert.equal(cli.code, 0);
  });

  test('`files` names more files, `ignore` leaves files and directories out', () => {
    const { output, stderr } = check(['named']);
    assert.deepEqual(Object.keys(severities(output)), ['named/listener.lb']);
    assert.equal(stderr, '');
    const text = runCli(['check', 'named'], { cwd: dir });
    // The configuration file is not a document to check; a directory left out is not counted file by file.
    assert.match(text.stdout, /\(1 file checked, 1 ignored by configuration\)$/m);
    // Named on the command line, an ignored file is still left out, with a word on stderr.
    const explicit = check(['named/skip-me.elbv2.yaml']);
    assert.equal(explicit.code, 0);
    assert.deepEqual(explicit.output.files, []);
    assert.match(
      explicit.stderr,
      /named\/skip-me\.elbv2\.yaml: ignored by an `ignore` glob of the configuration file/,
    );
  });

  test('a bad configuration file: its path, line and column, the nearest rule id, exit 2, nothing checked', () => {
    const result = runCli(['check', 'broken'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^elbv2-ls: broken\/\.elbv2-ls\.yaml:2:3: unknown rule id `value-out-of-rang` \(did you mean `value-out-of-range`\?\)/m,
    );
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  test('--no-config-lookup reads no configuration file', () => {
    const { output } = check(['--no-config-lookup', 'a.elbv2.yaml', 'broken']);
    assert.deepEqual(severities(output), {
      'a.elbv2.yaml': 'value-out-of-range:error',
      'broken/lb.elbv2.yaml': 'value-out-of-range:error',
    });
  });

  test('standard input takes the configuration of the working directory (or of --stdin-filename)', () => {
    assert.deepEqual(severities(check(['-'], dir, LISTENER).output), {
      '<stdin>': 'value-out-of-range:warning',
    });
    const named = check(['--stdin-filename', 'strict/prod-x.elbv2.yaml', '-'], dir, LISTENER);
    assert.deepEqual(severities(named.output), { 'strict/prod-x.elbv2.yaml': 'value-out-of-range:error' });
  });
});
