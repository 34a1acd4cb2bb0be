// `npm run test:vscode`: the same suite in VS Code desktop through @vscode/test-electron, for
// contributors whose machine can download VS Code (this project's CI cannot, and runs it in
// code-server: `npm run test:workbench`). The extension under test is this folder; the suite
// runs in the extension host against a copy of test/workbench/workspace.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildWorkbenchSuite, ROOT, SUITE_JS } from './build';

async function main(): Promise<void> {
  await buildWorkbenchSuite();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-vscode-'));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.ELBV2_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE_JS,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        `--user-data-dir=${path.join(dir, 'user-data')}`,
      ],
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
