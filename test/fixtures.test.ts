// Runs every fixture under test/fixtures through the language service, with LF and with CRLF
// line endings, and checks that it reports exactly what the fixture's annotations say.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  createLanguageService,
  isElbv2FileName,
  RULES,
  syntaxOfPath,
} from '../server/src/service/languageService';
import { compareFindings, parseAnnotatedFixture } from './support/annotatedFixture';
import { FIXTURES, listFixtures } from './support/fixtureFiles';

const service = createLanguageService();
const fixtures = listFixtures();

describe('fixtures', () => {
  for (const file of fixtures) {
    for (const eol of ['\n', '\r\n'] as const) {
      test(`${file} (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
        const source = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
        const { text, expectations } = parseAnnotatedFixture(source, eol);
        const { findings } = service.check({
          text,
          syntax: syntaxOfPath(file),
          named: isElbv2FileName(file),
        });
        const report = compareFindings(text, expectations, findings);
        assert.equal(report, '', `${file}:\n${report}`);
      });
    }
  }
});

describe('fixture coverage', () => {
  const annotated = new Map<string, string[]>();
  for (const file of fixtures) {
    const { expectations } = parseAnnotatedFixture(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), '\n');
    annotated.set(file, [...new Set(expectations.map((e) => e.ruleId))]);
  }
  for (const rule of RULES) {
    test(`${rule.id} has valid and invalid fixtures in YAML and JSON`, () => {
      const own = fixtures.filter((f) => f.startsWith(`rules/${rule.id}/`));
      const syntaxes = rule.onlySyntax ? [rule.onlySyntax] : ['yaml', 'json'];
      for (const ext of syntaxes.map((s) => `.${s}`)) {
        const ofSyntax = own.filter((f) => f.endsWith(ext));
        assert.ok(
          ofSyntax.some((f) => annotated.get(f)?.includes(rule.id)),
          `test/fixtures/rules/${rule.id}/ needs a ${ext} fixture that triggers ${rule.id}`,
        );
        assert.ok(
          ofSyntax.some((f) => annotated.get(f)?.length === 0),
          `test/fixtures/rules/${rule.id}/ needs a valid ${ext} fixture (no annotations)`,
        );
      }
    });
  }
});
