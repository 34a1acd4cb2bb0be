// A real editor as the client: headless Neovim (0.7+, Debian's `neovim`) starts the built server
// with its built-in LSP client, and we check the diagnostics, completion and hover it received.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { builtCli } from './support/builtCli';

const ROOT = path.resolve(__dirname, '..');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
// In CI .ci/run installs Neovim, so a missing nvim there is a failure, not a skip.
const skip =
  !hasNvim && process.env.CI !== 'true' ? 'skipped: nvim is not installed (apt-get install neovim)' : false;

interface NvimResult {
  diagnostics: {
    lnum: number;
    col: number;
    end_lnum: number;
    end_col: number;
    message: string;
    severity: number;
    code?: string;
    source?: string;
  }[];
  completion: string[];
  hover: string;
  errors: string[];
}

describe('Neovim as the LSP client', { skip }, () => {
  let result: NvimResult;

  before(() => {
    builtCli();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-nvim-'));
    const file = path.join(dir, 'listener.elbv2.yaml');
    fs.copyFileSync(path.join(__dirname, 'neovim/listener.elbv2.yaml'), file);
    const out = path.join(dir, 'result.json');
    const run = spawnSync(
      'nvim',
      [
        '--headless',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-n',
        '-c',
        `luafile ${path.join(__dirname, 'neovim/run.lua')}`,
      ],
      {
        env: {
          ...process.env,
          ELBV2_NVIM_OUT: out,
          ELBV2_SERVER: path.join(ROOT, 'dist/cli.js'),
          ELBV2_FILE: file,
        },
        encoding: 'utf8',
        timeout: 90_000,
      },
    );
    assert.ok(
      fs.existsSync(out),
      `Neovim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`,
    );
    result = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
  });

  test('Neovim ran the session without errors', () => {
    assert.deepEqual(result.errors, []);
  });

  test('Neovim received the diagnostics', () => {
    assert.equal(result.diagnostics.length, 1, JSON.stringify(result.diagnostics));
    const d = result.diagnostics[0];
    assert.deepEqual([d?.lnum, d?.col, d?.end_lnum, d?.end_col], [2, 6, 2, 11]);
    assert.match(d?.message ?? '', /between 1 and 65535/);
    assert.equal(d?.severity, 1);
  });

  test('Neovim received a completion list narrowed to Application Load Balancer protocols', () => {
    assert.ok(result.completion.includes('HTTPS'), JSON.stringify(result.completion));
    assert.ok(!result.completion.includes('TCP'), JSON.stringify(result.completion));
  });

  test('Neovim received a hover', () => {
    assert.match(result.hover, /`Port`/);
  });
});
