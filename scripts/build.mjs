// Bundles the entry points with esbuild: CommonJS for Node 20 (CLI, server, desktop extension), and
// for the web extension a CommonJS client and an IIFE server for a web worker, built for the
// browser, where a Node built-in fails the build. Type-checking is `npm run typecheck`.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  // jsonc-parser's default entry is a UMD build that esbuild cannot follow; prefer its ES module.
  mainFields: ['module', 'main'],
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// The CLI starts the server bundle on demand (elbv2-ls --stdio), so `check` never loads the LSP code.
const node = [
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/server/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
].map((entry) => ({
  ...common,
  entryPoints: [entry.in],
  outfile: `dist/${entry.out}.js`,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: entry.banner ? { js: entry.banner } : undefined,
}));

const browser = [
  { in: 'server/src/server/browserMain.ts', out: 'server', format: 'iife' },
  { in: 'client/src/browserExtension.ts', out: 'client', format: 'cjs' },
].map((entry) => ({
  ...common,
  entryPoints: [entry.in],
  outfile: `dist/browser/${entry.out}.js`,
  platform: 'browser',
  target: 'es2022',
  format: entry.format,
  mainFields: ['browser', 'module', 'main'],
  // server/src/common/glob.ts reads the platform for Windows paths; a browser has POSIX-style URIs.
  define: { 'process.platform': '"browser"' },
}));

await Promise.all([...node, ...browser].map((options) => esbuild.build(options)));
