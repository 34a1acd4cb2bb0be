// The text each fixture becomes once its quick fixes are applied is written beside it and
// compared here, as ESLint's `output` and rust-analyzer's `check_fix` do: `invalid.elbv2.yaml` has
// `invalid.elbv2.fixed.yaml` when `check --fix` changes it (the service's fixAll: pass after pass,
// the one fix of each finding that offers exactly one). Run with UPDATE_FIXTURES=1 to write the
// files after a deliberate change, then read the diff: it is the review of what the fixes do.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService, isElbv2FileName, syntaxOfPath } from '../server/src/service/languageService';
import { parseAnnotatedFixture } from './support/annotatedFixture';
import { FIXTURES, fixedFileOf, listFixtures } from './support/fixtureFiles';

const service = createLanguageService();
const update = process.env.UPDATE_FIXTURES === '1';

function fixedText(file: string, eol: '\n' | '\r\n'): { text: string; applied: number } {
  const { text } = parseAnnotatedFixture(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), eol);
  const fixed = service.fixAll({ text, syntax: syntaxOfPath(file), named: isElbv2FileName(file) });
  return { text: fixed.text, applied: fixed.fixed };
}

describe('fix output', () => {
  let withFixes = 0;
  for (const file of listFixtures()) {
    const expectedFile = path.join(FIXTURES, fixedFileOf(file));
    test(`${file}: fixed text`, () => {
      const lf = fixedText(file, '\n');
      if (update) {
        if (lf.applied > 0) fs.writeFileSync(expectedFile, lf.text);
        else if (fs.existsSync(expectedFile)) fs.rmSync(expectedFile);
      }
      if (lf.applied === 0) {
        assert.ok(!fs.existsSync(expectedFile), `${fixedFileOf(file)} is stale: ${file} offers no fix now`);
        return;
      }
      withFixes++;
      assert.ok(
        fs.existsSync(expectedFile),
        `${file} offers fixes: write ${fixedFileOf(file)} (UPDATE_FIXTURES=1)`,
      );
      const expected = fs.readFileSync(expectedFile, 'utf8');
      assert.equal(lf.text, expected, `${file}: the fixed text differs from ${fixedFileOf(file)}`);
      // The same fixes on CRLF text write CRLF line breaks only.
      const crlf = fixedText(file, '\r\n');
      assert.equal(crlf.text, expected.replace(/\n/g, '\r\n'), `${file}: fixes differ with CRLF line breaks`);
    });
  }
  test('fix outputs were compared', () => assert.ok(withFixes > 20, `only ${withFixes} fixtures with fixes`));
});
