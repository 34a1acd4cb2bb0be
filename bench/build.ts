// Bundles the CLI and the server as they ship (minified, as `vscode:prepublish` builds them) into
// a scratch directory, so the benchmark never overwrites the developer's dist/.
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** Builds dist-like bundles into `outdir`; returns the path of cli.js. */
export async function buildBundles(outdir: string): Promise<string> {
  // The same options as scripts/build.mjs with --production.
  await Promise.all(
    [
      { in: 'server/src/cli/main.ts', out: 'cli' },
      { in: 'server/src/server/main.ts', out: 'server' },
    ].map((entry) =>
      esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: [entry.in],
        outfile: path.join(outdir, `${entry.out}.js`),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        mainFields: ['module', 'main'],
        external: ['vscode'],
        minify: true,
        logLevel: 'warning',
      }),
    ),
  );
  return path.join(outdir, 'cli.js');
}
