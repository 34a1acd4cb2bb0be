// Builds what the workbench suite needs besides the extension's own .vsix: the companion extension
// (a folder and a .vsix for code-server) and the suite as one CommonJS file for @vscode/test-electron.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createVSIX } from '@vscode/vsce';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'out/workbench');
export const COMPANION_DIR = path.join(OUT, 'companion');
export const COMPANION_VSIX = path.join(OUT, 'companion.vsix');
export const SUITE_JS = path.join(OUT, 'suite.js');

const MANIFEST = {
  name: 'elbv2-ls-workbench-tests',
  displayName: 'elbv2-ls workbench tests',
  description: 'Runs the elbv2-ls workbench suite inside VS Code (tests only, never published).',
  version: '0.0.0',
  publisher: 'elbv2-ls-tests',
  license: 'MIT',
  repository: { type: 'git', url: 'https://github.com/elbv2-ls/elbv2-ls' },
  engines: { vscode: '^1.91.0' },
  main: './extension.js',
  activationEvents: ['onStartupFinished'],
  capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
};

export async function buildWorkbenchSuite(): Promise<void> {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(COMPANION_DIR, { recursive: true });
  const common: esbuild.BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  };
  await esbuild.build({
    ...common,
    entryPoints: [path.join(__dirname, 'companion.ts')],
    outfile: path.join(COMPANION_DIR, 'extension.js'),
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(__dirname, 'suite/index.ts')],
    outfile: SUITE_JS,
  });
  fs.writeFileSync(path.join(COMPANION_DIR, 'package.json'), JSON.stringify(MANIFEST, null, 2));
  fs.writeFileSync(
    path.join(COMPANION_DIR, 'README.md'),
    `# ${MANIFEST.displayName}\n\n${MANIFEST.description}\n`,
  );
  fs.copyFileSync(path.join(ROOT, 'LICENSE'), path.join(COMPANION_DIR, 'LICENSE'));
  await createVSIX({ cwd: COMPANION_DIR, packagePath: COMPANION_VSIX, dependencies: false });
}
