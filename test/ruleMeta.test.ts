// A rule's metadata says what it does: `fixable` exactly when its findings on the fixtures offer
// fixes, ids are unique and kebab-case, and only syntax rules run on documents of unknown kind.
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
import { parseAnnotatedFixture } from './support/annotatedFixture';
import { FIXTURES, listFixtures } from './support/fixtureFiles';

describe('rule metadata', () => {
  const service = createLanguageService();
  const offersFixes = new Set<string>();
  for (const file of listFixtures()) {
    const { text } = parseAnnotatedFixture(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), '\n');
    const { findings } = service.check({ text, syntax: syntaxOfPath(file), named: isElbv2FileName(file) });
    for (const f of findings) if (f.fixes && f.fixes.length > 0) offersFixes.add(f.ruleId);
  }

  for (const rule of RULES) {
    test(`${rule.id}: fixable is ${rule.fixable}, as its fixtures show`, () => {
      assert.equal(
        offersFixes.has(rule.id),
        rule.fixable,
        rule.fixable
          ? `${rule.id} says it is fixable, but none of its findings on the fixtures offers a fix`
          : `${rule.id} offers fixes on the fixtures: set fixable: true`,
      );
    });
  }

  test('ids are unique and kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
    );
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  test('rules that run on documents of unknown kind read nothing but the text and the parser', () => {
    // A document of unknown kind has no binding and no listeners: only these rules can say anything.
    const expected = [
      'yaml-syntax',
      'json-syntax',
      'duplicate-key',
      'document-too-complex',
      'unknown-document-kind',
    ];
    assert.deepEqual(
      RULES.filter((r) => r.runsOnUnknownKind).map((r) => r.id),
      expected,
    );
  });
});
