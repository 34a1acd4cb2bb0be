// `elbv2-ls check --fix` and `--fix-dry-run` on real files: what is written, what is kept (line
// endings, byte order mark, mode, symbolic links), idempotence, and the files it must not touch:
// read-only ones, ones with syntax errors, and every file of a run killed halfway.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createLanguageService, isElbv2FileName, syntaxOfPath } from '../server/src/service/languageService';
import { builtCli } from './support/builtCli';
import { runCli } from './support/runCli';
import { LB_ARN } from './support/listeners';

const ARN = LB_ARN;
const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/x/73e2d6bc24d8a067';
/** Two fixable findings (a quoted port, a member the action type does not take) and one that is not. */
const FIXABLE = [
  `LoadBalancerArn: ${ARN}`,
  'Protocol: HTTP',
  'Port: "80"',
  'DefaultActions:',
  '  - Type: fixed-response',
  '    FixedResponseConfig: { StatusCode: "200" }',
  `    TargetGroupArn: ${TG}`,
  'Comment: no fix for an unknown member without a near name',
  '',
];
const FIXED = FIXABLE.filter((l) => !l.includes('TargetGroupArn')).map((l) => l.replace('"80"', '80'));

let dir: string;

function write(file: string, content: string | Buffer, mode = 0o644): string {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  fs.chmodSync(full, mode);
  return full;
}

function cli(args: string[], input?: string) {
  return runCli(args, { cwd: dir, ...(input === undefined ? {} : { input }) });
}

before(() => {
  builtCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-fix-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--fix', () => {
  test('writes the safe fixes, keeps CRLF, the byte order mark and the mode; reports what is left', () => {
    const file = write('crlf/lb.elbv2.yaml', `\ufeff${FIXABLE.join('\r\n')}`, 0o640);
    const result = cli(['check', '--fix', 'crlf/lb.elbv2.yaml']);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), `\ufeff${FIXED.join('\r\n')}`);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.match(result.stdout, /\[unknown-member\]/);
    assert.doesNotMatch(result.stdout, /\[wrong-type\]|\[action-config-mismatch\]/);
    assert.match(
      result.stdout,
      /1 error, 0 warnings in 1 file; fixed 2 problems in 1 file \(1 file checked\)$/m,
    );
    assert.deepEqual(
      fs.readdirSync(path.dirname(file)),
      ['lb.elbv2.yaml'],
      'no temporary file is left behind',
    );
  });

  test('is idempotent: a second run changes nothing', () => {
    const file = write('twice/lb.elbv2.yaml', FIXABLE.join('\n'));
    cli(['check', '--fix', 'twice']);
    const once = fs.readFileSync(file);
    const again = cli(['check', '--fix', 'twice']);
    assert.deepEqual(fs.readFileSync(file), once);
    assert.doesNotMatch(again.stdout, /fixed/);
    assert.equal(cli(['check', '--fix-dry-run', 'twice']).stdout, '');
  });

  test('applies fixes until none is left (a fix can make another one possible)', () => {
    // Every fixture's text with --fix equals the service's own fixAll: the CLI only reads and writes.
    const text = FIXABLE.join('\n').replace('Type: fixed-response', 'Type: fixed-respons');
    const file = write('passes/lb.elbv2.yaml', text);
    cli(['check', '--fix', 'passes']);
    const expected = createLanguageService().fixAll({
      text,
      syntax: syntaxOfPath(file),
      named: isElbv2FileName(file),
    });
    assert.ok(expected.fixed >= 3, `fixes applied: ${expected.fixed}`);
    assert.equal(fs.readFileSync(file, 'utf8'), expected.text);
    assert.ok(expected.text.includes('Type: fixed-response'));
  });

  test('a read-only file: a clear error, exit 2, the file untouched, its findings still reported', () => {
    const file = write('readonly/lb.elbv2.yaml', FIXABLE.join('\n'), 0o444);
    const result = cli(['check', '--fix', 'readonly/lb.elbv2.yaml']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^elbv2-ls: readonly\/lb\.elbv2\.yaml: the file is read-only; not fixed$/m);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXABLE.join('\n'));
    assert.match(result.stdout, /\[wrong-type\]/);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['lb.elbv2.yaml']);
  });

  test('a file with syntax errors is left alone', () => {
    const broken = `${FIXABLE.join('\n')}  bad: [\n`;
    const file = write('syntax/lb.elbv2.yaml', broken);
    const result = cli(['check', '--fix', 'syntax']);
    assert.equal(result.code, 1);
    assert.equal(fs.readFileSync(file, 'utf8'), broken);
    assert.match(result.stderr, /syntax\/lb\.elbv2\.yaml: not fixed: it has syntax errors/);
    assert.match(result.stdout, /\[yaml-syntax\]/);
  });

  test('a symbolic link keeps pointing at its target, which gets the fixes', () => {
    const target = write('links/real.elbv2.yaml', FIXABLE.join('\n'));
    const link = path.join(dir, 'links', 'link.elbv2.yaml');
    fs.symlinkSync('real.elbv2.yaml', link);
    cli(['check', '--fix', 'links/link.elbv2.yaml']);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), FIXED.join('\n'));
  });

  test('standard input cannot be fixed in place', () => {
    const result = cli(['check', '--fix', '-'], FIXABLE.join('\n'));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--fix cannot write standard input back; use --fix-dry-run/);
  });
});

describe('--fix-dry-run', () => {
  test('prints a unified diff that git apply takes, and writes nothing', () => {
    const file = write('dry/lb.elbv2.yaml', FIXABLE.join('\n'));
    const result = cli(['check', '--fix-dry-run', 'dry']);
    assert.equal(result.code, 1, 'an error would remain');
    assert.equal(fs.readFileSync(file, 'utf8'), FIXABLE.join('\n'));
    assert.match(result.stdout, /^--- a\/dry\/lb\.elbv2\.yaml\n\+\+\+ b\/dry\/lb\.elbv2\.yaml\n@@ /);
    assert.match(result.stdout, /^-Port: "80"$/m);
    assert.match(result.stdout, /^\+Port: 80$/m);
    assert.match(result.stderr, /2 fixes in 1 file would be applied; 1 errors and 0 warnings would remain/);
    const patch = path.join(dir, 'dry.patch');
    fs.writeFileSync(patch, result.stdout);
    const applied = spawnSync('git', ['apply', patch], { cwd: dir, encoding: 'utf8' });
    assert.equal(applied.status, 0, applied.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED.join('\n'));
  });

  test('reads standard input, and sends the report to --output', () => {
    const result = cli(
      ['check', '--fix-dry-run', '--format', 'json', '--output', 'out/report.json', '-'],
      FIXABLE.join('\n'),
    );
    assert.match(result.stdout, /^--- a\/<stdin>/);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8')) as {
      files: { findings: { ruleId: string }[] }[];
    };
    assert.deepEqual(
      report.files[0]?.findings.map((f) => f.ruleId),
      ['unknown-member'],
    );
  });
});

describe('an interrupted --fix', () => {
  const COUNT = 300;
  const original = FIXABLE.join('\n');
  const fixed = FIXED.join('\n');

  function tree(name: string): string[] {
    return Array.from({ length: COUNT }, (_, i) => write(`${name}/d${i % 10}/lb${i}.elbv2.yaml`, original));
  }

  /** Starts --fix on the tree and resolves once the first file has been fixed. */
  function startFix(name: string, files: readonly string[]) {
    const child = spawn(
      process.execPath,
      [path.resolve(__dirname, '../dist/cli.js'), 'check', '--fix', '--concurrency', 'off', name],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (files.some((f) => fs.readFileSync(f, 'utf8') === fixed)) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
      void exited.then(() => {
        clearInterval(poll);
        reject(new Error(`the run ended before it could be interrupted: ${stderr}`));
      });
    });
    return { child, started, exited, stderr: () => stderr };
  }

  test('killed (SIGKILL): every file is whole, either the original or fixed', async () => {
    const files = tree('killed');
    const run = startFix('killed', files);
    await run.started;
    run.child.kill('SIGKILL');
    await run.exited;
    let untouched = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text === original || text === fixed, `${file} is half written:\n${text}`);
      if (text === original) untouched++;
    }
    assert.ok(untouched > 0, 'killed before the end');
  });

  test('stopped (SIGINT): it finishes the file at hand, leaves no temporary file and exits 130', async () => {
    const files = tree('stopped');
    const run = startFix('stopped', files);
    await run.started;
    run.child.kill('SIGINT');
    const code = await run.exited;
    assert.equal(code, 130, run.stderr());
    assert.match(run.stderr(), /interrupted: \d+ files? fixed; the files not reached are unchanged/);
    let fixedCount = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text === original || text === fixed, file);
      if (text === fixed) fixedCount++;
    }
    assert.ok(fixedCount > 0 && fixedCount < COUNT, `fixed ${fixedCount}`);
    const leftovers = fs
      .readdirSync(path.join(dir, 'stopped'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.tmp'));
    assert.deepEqual(leftovers, []);
  });
});
