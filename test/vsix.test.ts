// The VS Code package (the .vsix) as the Marketplace and Open VSX see it: what `vsce package` would put in the
// .vsix (nothing the extension does not use: no CLI bundle, no source maps), and the manifest
// checks a publish makes (ovsx runs vsce's own, plus name, version, license and engine checks),
// without the network.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { listFiles, PackageManager } from '@vscode/vsce';
import { builtCli } from './support/builtCli';

const ROOT = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<
  string,
  unknown
> & {
  engines: { vscode: string };
  contributes: {
    commands: { command: string }[];
    jsonValidation: { url: string }[];
    yamlValidation: { url: string }[];
  };
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: boolean };
  devDependencies: Record<string, string>;
};

// Every schema ships: the manifest associates two with file names (documents and configuration
// files), and the document schema refers to one per kind.
const SCHEMAS = fs
  .readdirSync(path.join(ROOT, 'schemas'))
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => `schemas/${f}`);

describe('the .vsix contents', () => {
  let files: string[];
  before(async () => {
    builtCli();
    files = (await listFiles({ cwd: ROOT, packageManager: PackageManager.None })).sort();
  });

  test('only the bundles the extension runs, the manifest, docs, icon, schemas and grammar', () => {
    const grammars = fs.readdirSync(path.join(ROOT, 'syntaxes')).map((f) => `syntaxes/${f}`);
    assert.deepEqual(
      files,
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist/browser/client.js',
        'dist/browser/server.js',
        'dist/client.js',
        'dist/server.js',
        'images/icon.png',
        'package.json',
        ...SCHEMAS,
        ...grammars,
      ].sort(),
    );
  });

  test("the schemas' references are to schemas the .vsix has", () => {
    for (const schema of SCHEMAS) {
      const text = fs.readFileSync(path.join(ROOT, schema), 'utf8');
      for (const [, ref] of text.matchAll(/"\$ref":\s*"([^"#]+)/g))
        assert.ok(files.includes(`schemas/${ref}`), `${schema} refers to ${ref}`);
    }
    for (const name of ['elbv2-document', 'elbv2-ls-config'])
      assert.ok(files.includes(`schemas/${name}.schema.json`), name);
  });

  test('the server bundle does not load the CLI bundle', () => {
    const server = fs.readFileSync(path.join(ROOT, 'dist/server.js'), 'utf8');
    assert.doesNotMatch(server, /cli\.js/);
  });

  test('the browser bundles load no Node built-in', () => {
    for (const bundle of ['dist/browser/client.js', 'dist/browser/server.js']) {
      const text = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
      assert.doesNotMatch(
        text,
        /require\(["'](node:)?(fs|path|child_process|net|os|worker_threads)["']\)/,
        bundle,
      );
    }
  });
});

describe('the manifest, as a Marketplace or Open VSX publish checks it', () => {
  test('identity, license and links', () => {
    assert.match(String(manifest.name), /^[a-z0-9][a-z0-9-]*$/);
    assert.match(String(manifest.publisher), /^[a-z0-9][a-z0-9-]*$/);
    assert.match(String(manifest.version), /^\d+\.\d+\.\d+$/);
    assert.equal(manifest.license, 'MIT');
    assert.ok(fs.existsSync(path.join(ROOT, 'LICENSE')));
    for (const key of ['displayName', 'description', 'repository', 'bugs', 'homepage'])
      assert.ok(manifest[key], `no ${key}`);
    assert.ok((manifest.keywords as string[]).length <= 30, 'the Marketplace takes at most 30 keywords');
  });

  test('the icon is a 128×128 PNG', () => {
    const png = fs.readFileSync(path.join(ROOT, String(manifest.icon)));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  test('@types/vscode is not newer than engines.vscode (vsce refuses to package otherwise)', () => {
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    assert.equal(manifest.devDependencies['@types/vscode'], engine);
  });

  test('runs in Restricted Mode, virtual workspaces and the browser; has its commands and schemas', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    assert.equal(manifest.browser, './dist/browser/client.js');
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), [
      'elbv2.restartServer',
      'elbv2.showOutput',
    ]);
    for (const v of [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation])
      assert.ok(SCHEMAS.includes(v.url.replace(/^\.\//, '')), v.url);
  });

  test('README images exist, and links point to files the .vsix has or to absolute URLs', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] as string);
    assert.ok(images.length >= 4, 'the store page shows screenshots');
    for (const image of images) assert.ok(fs.existsSync(path.join(ROOT, image)), image);
    const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)#]+)[^)]*\)/g)].map((m) => m[1] as string);
    for (const link of links)
      assert.ok(
        /^https?:\/\//.test(link) || ['CHANGELOG.md', 'docs/editors/'].includes(link),
        `${link}: relative links are rewritten to the repository only on the store; use an absolute URL`,
      );
  });
});
