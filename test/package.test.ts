// The npm package as a user gets it: `npm pack` on a copy of the sources (so that its production
// build does not race the other tests' dist/), what the tarball holds, then `npm install --global`
// into an empty prefix and the installed `elbv2-ls` run from a folder far from this repository and
// from ../shared. .ci/run does the same on a clean clone.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspClient } from './support/lspClient';

const ROOT = path.resolve(__dirname, '..');
/** What the repository's copy leaves out: generated or installed things, and version control. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'out', 'elbv2-ls.vsix', 'generated']);

let work: string;
let tarball: string;
let bin: string;

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-package-'));
  const copy = path.join(work, 'source');
  fs.cpSync(ROOT, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(path.basename(source)) });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  npm(['pack', '--pack-destination', work], copy);
  const packed = fs.readdirSync(work).filter((f) => f.endsWith('.tgz'));
  assert.equal(packed.length, 1, `one tarball: ${packed.join(', ')}`);
  tarball = path.join(work, packed[0] as string);
  const prefix = path.join(work, 'prefix');
  fs.mkdirSync(prefix);
  npm(['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], work);
  bin = path.join(prefix, 'bin', 'elbv2-ls');
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  test('holds the two bundles, the schemas, the manifest, README and LICENSE, and nothing else', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    const schemas = fs.readdirSync(path.join(ROOT, 'schemas')).map((f) => `package/schemas/${f}`);
    assert.deepEqual(
      listing,
      [
        'package/LICENSE',
        'package/README.md',
        'package/dist/cli.js',
        'package/dist/server.js',
        'package/package.json',
        ...schemas,
      ].sort(),
    );
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
    ) as {
      dependencies?: object;
      private?: boolean;
      bin: Record<string, string>;
    };
    assert.equal(manifest.dependencies, undefined, 'the bundles need no dependency at run time');
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.bin['elbv2-ls'], 'dist/cli.js');
    const cli = execFileSync('tar', ['-xzOf', tarball, 'package/dist/cli.js'], { encoding: 'utf8' });
    assert.ok(cli.startsWith('#!/usr/bin/env node'));
    assert.doesNotMatch(cli, /sourceMappingURL/);
  });

  test('installs alone and checks files, far from the repository and ../shared', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-user-'));
    try {
      fs.writeFileSync(
        path.join(elsewhere, 'lb.elbv2.yaml'),
        'LoadBalancerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188\nProtocol: HTTP\nPort: 70000\n',
      );
      const result = spawnSync(bin, ['check', '--format', 'json', '.'], { cwd: elsewhere, encoding: 'utf8' });
      assert.equal(result.status, 1, result.stderr);
      const output = JSON.parse(result.stdout) as { files: { findings: { ruleId: string }[] }[] };
      assert.ok(output.files[0]?.findings.some((f) => f.ruleId === 'value-out-of-range'));
      const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
      const expected = (
        JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
      ).version;
      assert.equal(version.stdout, `${expected}\n`);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('the installed command starts the language server', async () => {
    const client = LspClient.spawn(bin, ['--stdio']);
    try {
      const init = await client.initialize();
      assert.equal(init.serverInfo?.name, 'elbv2-ls');
    } finally {
      client.dispose();
    }
  });
});
