// Every quick fix any rule offers on any fixture is checked by applying it: the edited document
// must not gain syntax errors, and the finding the fix is for must be gone.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  applyEdits,
  createLanguageService,
  isElbv2FileName,
  syntaxOfPath,
  type Finding,
} from '../server/src/service/languageService';
import { parseAnnotatedFixture } from './support/annotatedFixture';
import { FIXTURES, listFixtures } from './support/fixtureFiles';

const service = createLanguageService();
const SYNTAX = new Set(['yaml-syntax', 'json-syntax']);

function sameFinding(a: Finding, b: Finding, shift: (offset: number) => number): boolean {
  return a.ruleId === b.ruleId && shift(a.start) === b.start && a.message === b.message;
}

describe('quick fixes', () => {
  let checked = 0;
  for (const file of listFixtures()) {
    for (const eol of ['\n', '\r\n'] as const) {
      const { text } = parseAnnotatedFixture(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), eol);
      const input = { syntax: syntaxOfPath(file), named: isElbv2FileName(file) };
      const before = service.check({ ...input, text }).findings;
      const syntaxBefore = before.filter((f) => SYNTAX.has(f.ruleId)).length;
      for (const finding of before) {
        for (const fix of finding.fixes ?? []) {
          test(`${file} (${eol === '\n' ? 'LF' : 'CRLF'}): ${finding.ruleId}: ${fix.title}`, () => {
            checked++;
            const fixed = applyEdits(text, fix.edits);
            assert.notEqual(fixed, text, 'the fix changes nothing');
            const after = service.check({ ...input, text: fixed }).findings;
            const delta = fixed.length - text.length;
            const editStart = Math.min(...fix.edits.map((e) => e.start));
            const shift = (offset: number): number => (offset > editStart ? offset + delta : offset);
            assert.ok(
              after.filter((f) => SYNTAX.has(f.ruleId)).length <= syntaxBefore,
              `the fix breaks the syntax:\n${fixed}`,
            );
            assert.ok(
              !after.some((f) => sameFinding(finding, f, shift)),
              `the finding is still there after the fix:\n${fixed}`,
            );
            if (eol === '\r\n')
              assert.ok(
                !/[^\r]\n/.test(fixed),
                `the fix writes a bare LF into a CRLF document:\n${JSON.stringify(fixed)}`,
              );
          });
        }
      }
    }
  }
  test('fixes were exercised', () => assert.ok(checked > 20, `only ${checked} fixes checked`));
});
