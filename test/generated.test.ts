// Committed generated files must match what their generators produce now.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { renderRulesDoc } from '../scripts/rulesDoc';
import { renderSchemas } from '../scripts/schemas';

test('docs/rules.md is up to date (run `npm run docs`)', () => {
  const committed = fs.readFileSync(path.resolve(__dirname, '../docs/rules.md'), 'utf8');
  assert.equal(committed, renderRulesDoc());
});

test('schemas/ is up to date (run `npm run docs`)', () => {
  for (const [name, text] of Object.entries(renderSchemas())) {
    const file = path.resolve(__dirname, '../schemas', name);
    assert.ok(fs.existsSync(file), `schemas/${name} is missing`);
    assert.equal(fs.readFileSync(file, 'utf8'), text, `schemas/${name} differs`);
  }
});
