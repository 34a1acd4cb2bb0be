// The bundled CLI (which is also the server: `dist/cli.js --stdio`), built from the current
// sources, for tests and tools that spawn it as a user would.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Builds dist/ and returns the path of dist/cli.js. */
export function builtCli(): string {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  return path.join(ROOT, 'dist/cli.js');
}
