// The README documents every option of `elbv2-ls check`: its option list is the help text's, and
// the help text names every option the parser takes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { OPTION_NAMES, parseCheckArgs } from '../server/src/cli/args';
import { USAGE } from '../server/src/cli/usage';
import { RULES } from '../server/src/service/languageService';

const README = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

/** The lines from `Options:` to the blank line that ends the list. */
function optionsBlock(text: string): string {
  const start = text.indexOf('\nOptions:\n');
  assert.ok(start >= 0, 'an Options: block');
  const end = text.indexOf('\n\n', start + 1);
  return text.slice(start + 1, end === -1 ? undefined : end).trimEnd();
}

test("the README's option list is `elbv2-ls --help`'s", () => {
  const block = /```\n(Usage: elbv2-ls check[\s\S]*?)```/.exec(README)?.[1];
  assert.ok(block, 'the README shows the usage in a code block');
  assert.equal(optionsBlock(block), optionsBlock(USAGE));
  assert.ok(block.startsWith(USAGE.slice(0, USAGE.indexOf('\n\n'))), 'the same usage lines');
});

/** A value for each option that takes one. */
const SAMPLE_VALUES: Record<string, string> = {
  '--format': 'json',
  '--output': 'report.json',
  '--max-warnings': '1',
  '--rule': 'unknown-member=off',
  '--stdin-filename': 'x.yaml',
  '--concurrency': 'auto',
};

test('the help names every option the parser takes, and the parser takes every option it names', () => {
  const help = optionsBlock(USAGE);
  for (const name of OPTION_NAMES) assert.ok(help.includes(name), `--help does not mention ${name}`);
  const ids = RULES.map((r) => r.id);
  for (const name of new Set(help.match(/--[a-z][a-z-]*/g) ?? [])) {
    const value = SAMPLE_VALUES[name];
    assert.doesNotThrow(() => parseCheckArgs(value === undefined ? [name] : [name, value], ids), name);
  }
});
