// Documents past the parse limits (syntax/limits.ts) are refused, or their over-deep part is left
// out, with one document-too-complex finding where that became clear. Its range stays on one line
// and short, however long that line is, and what lies within the limits is still analysed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../server/src/service/findings';
import { createLanguageService, type Syntax } from '../server/src/service/languageService';
import { MAX_DEPTH, MAX_PARSE_DEPTH, MAX_TOKENS } from '../server/src/service/syntax/limits';

const service = createLanguageService();

function check(syntax: Syntax, text: string): Finding[] {
  return service.check({ syntax, text, named: true }).findings;
}

function tooComplex(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId === 'document-too-complex');
}

/** A target group with a port out of range: analysed findings show the document was parsed. */
const TARGET_GROUP = 'Name: my-targets\nProtocol: HTTP\nPort: 70000\nVpcId: vpc-3ac0fb5f\n';

describe('parse limits', () => {
  test(`block nesting past ${MAX_PARSE_DEPTH} levels: not parsed, said on the line where it passes`, () => {
    const levels = MAX_PARSE_DEPTH + 100;
    const lines = Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`);
    const text = `${TARGET_GROUP}Extra:\n${lines.map((l) => ` ${l}`).join('\n')} end\n`;
    const findings = check('yaml', text);
    const [refusal, ...others] = tooComplex(findings);
    assert.ok(refusal, 'a document-too-complex finding');
    assert.equal(others.length, 0);
    assert.match(refusal.message, new RegExp(`Block nesting passes ${MAX_PARSE_DEPTH} levels`));
    // Nothing else is analysed: the port out of range goes unreported.
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ['document-too-complex'],
    );
    const line = text.slice(0, refusal.start).split('\n').length - 1;
    // Line 0..3 hold the target group, line 4 `Extra:`, line 5 + i the key at depth i + 2.
    assert.ok(line > MAX_PARSE_DEPTH / 2 && line < levels + 5, `on line ${line}`);
    assert.ok(!text.slice(refusal.start, refusal.end).includes('\n'));
  });

  test(`flow nesting of 10,000 levels: the part past ${MAX_DEPTH} is left out, the rest analysed`, () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    for (const [syntax, text] of [
      ['yaml', `${TARGET_GROUP}Extra: ${deep}\n`],
      [
        'json',
        JSON.stringify({ Name: 'my-targets', Protocol: 'HTTP', Port: 70000, VpcId: 'vpc-3ac0fb5f' }).replace(
          /}$/,
          `, "Extra": ${deep}}`,
        ),
      ],
    ] as const) {
      const findings = check(syntax, text);
      assert.equal(tooComplex(findings).length, 1, `${syntax}: one document-too-complex finding`);
      assert.ok(
        findings.some((f) => f.ruleId === 'value-out-of-range'),
        `${syntax}: the port is still checked`,
      );
    }
  });

  test(`more than ${MAX_TOKENS.toLocaleString('en-US')} tokens: refused, underlined briefly on one line`, () => {
    // One line of 1.2 million numbers: 2.4 MB without a line break.
    const numbers = Array.from({ length: 1_200_000 }, () => '1').join(',');
    for (const [syntax, text] of [
      ['yaml', `${TARGET_GROUP}Extra: [${numbers}]\n`],
      ['json', `{"Name": "my-targets", "Port": 70000, "Extra": [${numbers}]}`],
    ] as const) {
      const findings = check(syntax, text);
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        ['document-too-complex'],
        `${syntax}: refused, nothing else analysed`,
      );
      const [refusal] = findings;
      assert.ok(refusal);
      assert.match(refusal.message, /not parsed|Split it/);
      assert.ok(refusal.start > text.indexOf('Extra'), `${syntax}: where the limit is passed`);
      assert.ok(
        refusal.end - refusal.start <= 200,
        `${syntax}: ${refusal.end - refusal.start} characters underlined`,
      );
      assert.ok(refusal.end > refusal.start);
    }
  });

  test('a refusal underlines the rest of its line when the line is short', () => {
    const levels = MAX_PARSE_DEPTH + 10;
    const text = Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end\n';
    const [refusal] = tooComplex(check('yaml', text));
    assert.ok(refusal);
    const lineEnd = text.indexOf('\n', refusal.start);
    assert.equal(refusal.end, lineEnd);
  });
});
