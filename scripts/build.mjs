// Bundles the entry points with esbuild (CommonJS, Node 20). Type-checking is `npm run typecheck`.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

// The CLI starts the server bundle on demand (elbv2-ls --stdio), so `check` never loads the LSP code.
const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/server/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
];

await Promise.all(
  entries.map((entry) =>
    esbuild.build({
      entryPoints: [entry.in],
      outfile: `dist/${entry.out}.js`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // jsonc-parser's default entry is a UMD build that esbuild cannot follow; prefer its ES module.
      mainFields: ['module', 'main'],
      external: ['vscode'],
      sourcemap: !production,
      minify: production,
      banner: entry.banner ? { js: entry.banner } : undefined,
      logLevel: 'warning',
    }),
  ),
);
