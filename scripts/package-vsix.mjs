// `npm run package`: builds elbv2-ls.vsix with vsce. vsce refuses a package.json that has a `files`
// list when a .vscodeignore exists, and the two packages differ: the npm package (`files`) holds the
// command line and the server, the extension (.vscodeignore) the client, the grammar and the rest.
// So vsce runs in a staging folder whose package.json has no `files` (nor the prepublish build,
// done already), and whose other entries are links to the repository's.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = path.join(root, 'out', 'vsix');
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });
const skipped = new Set(['package.json', 'node_modules', '.git', 'out']);
for (const entry of fs.readdirSync(root)) {
  if (!skipped.has(entry)) fs.symlinkSync(path.join(root, entry), path.join(stage, entry));
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
delete manifest.files;
delete manifest.scripts['vscode:prepublish'];
fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--follow-symlinks', '--out', path.join(root, 'elbv2-ls.vsix')],
  { cwd: stage, stdio: 'inherit' },
);
fs.rmSync(stage, { recursive: true, force: true });
