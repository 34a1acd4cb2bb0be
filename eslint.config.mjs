// @ts-check
import tseslint from 'typescript-eslint';

const NETWORK = ['net', 'tls', 'http', 'https', 'http2', 'dns', 'dgram', 'child_process'];

/** A no-restricted-imports pattern banning these modules, with and without `node:`. */
function noNetwork(modules) {
  return {
    group: [...modules, ...modules.map((m) => `node:${m}`)],
    message: 'The CLI and the server make no network requests and run no programs.',
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.vscode-test/',
      'test-results/',
      'server/src/service/model/generated/',
      'server/src/common/config/generated/',
      'test/fixtures/',
    ],
  },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The language service must stay transport-free (ARCHITECTURE.md, invariant 1).
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode'],
              message: 'The service imports no transport.',
            },
            {
              group: ['node:*', 'fs', 'path', 'child_process', 'net', 'http', 'https'],
              message: 'The service does no I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI and the server make no network requests and run no programs (README, Security);
    // test/network.test.ts checks the same at run time. Worker threads run only this bundle's own
    // checker, and only from cli/parallel.ts (the override below).
    files: ['server/src/cli/**/*.ts', 'server/src/server/**/*.ts'],
    ignores: ['server/src/cli/parallel.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNetwork([...NETWORK, 'worker_threads'])] }] },
  },
  {
    files: ['server/src/cli/parallel.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNetwork(NETWORK)] }] },
  },
);
