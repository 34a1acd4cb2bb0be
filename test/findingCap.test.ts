// One rule lists at most MAX_FINDINGS_PER_RULE findings per document (a garbled 10 MB file would
// otherwise yield millions), and says how many more there are, where the first of them is. An
// incremental re-check of a describe output at the cap gives what a fresh check gives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../server/src/service/languageService';
import { MAX_FINDINGS_PER_RULE } from '../server/src/service/syntax/limits';

const TARGET_GROUPS = 1_250;

/** A describe-target-groups output whose every target group has a port out of range. */
function describeTargetGroups(ports: (i: number) => number): string {
  const items: string[] = ['TargetGroups:'];
  for (let i = 0; i < TARGET_GROUPS; i++)
    items.push(
      `- TargetGroupArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/tg-${i}/73e2d6bc24d8a067`,
      `  TargetGroupName: tg-${i}`,
      '  Protocol: HTTP',
      `  Port: ${ports(i)}`,
      '  VpcId: vpc-3ac0fb5f',
    );
  return `${items.join('\n')}\n`;
}

describe('findings per rule and document', () => {
  const service = createLanguageService();
  const text = describeTargetGroups(() => 70_000);
  const input = { syntax: 'yaml' as const, named: true, text };

  test(`at most ${MAX_FINDINGS_PER_RULE} are listed, then one that counts the rest`, () => {
    const findings = service.check(input).findings.filter((f) => f.ruleId === 'value-out-of-range');
    assert.equal(findings.length, MAX_FINDINGS_PER_RULE + 1);
    const more = findings.filter((f) => /more value-out-of-range findings/.test(f.message));
    assert.equal(more.length, 1);
    assert.match(
      more[0]?.message ?? '',
      /^250 more value-out-of-range findings in this document are not listed/,
    );
    assert.equal(more[0]?.severity, 'error');
    // It sits on the 1,001st port: the first one not listed.
    const ports = [...text.matchAll(/Port: 70000/g)].map((m) => (m.index ?? 0) + 'Port: '.length);
    assert.equal(more[0]?.start, ports[MAX_FINDINGS_PER_RULE]);
  });

  test('an edit of one target group, checked incrementally, gives what a fresh check gives', () => {
    const key = (f: { ruleId: string; start: number; end: number; message: string }): string =>
      `${f.ruleId} ${f.start}-${f.end} ${f.message}`;
    let previous = service.check(input);
    // Edits before and after the cap: fixing a port moves the cut, breaking one back moves it again.
    for (const [index, port] of [
      [5, 80],
      [1_100, 80],
      [5, 70_000],
      [1_249, 8080],
    ] as const) {
      const edited = previous.document.text.replace(
        new RegExp(`(tg-${index}\\n(?:.*\\n)  Port: )\\d+`),
        `$1${port}`,
      );
      assert.notEqual(edited, previous.document.text);
      const fresh = service.check({ ...input, text: edited }).findings.map(key);
      const updated = service.check({ ...input, text: edited }, previous);
      assert.deepEqual(updated.findings.map(key), fresh, `after setting the port of tg-${index} to ${port}`);
      previous = updated;
    }
  });
});

describe('findings built lazily (reportLazily)', () => {
  test('unknown-member lists its first findings with suggestions and fixes, and counts the rest', () => {
    // One object with 1,250 unknown keys; every tenth is a near-miss of `Protocol`. The count
    // sits on the 1,001st.
    const keys = Array.from({ length: 1_250 }, (_, i) => (i % 10 === 0 ? `Protocl${i}: x` : `Extra${i}: 1`));
    const text = `Name: my-targets\nPort: 80\nVpcId: vpc-3ac0fb5f\n${keys.join('\n')}\n`;
    const findings = createLanguageService()
      .check({ syntax: 'yaml', named: true, text })
      .findings.filter((f) => f.ruleId === 'unknown-member');
    assert.equal(findings.length, MAX_FINDINGS_PER_RULE + 1);
    const listed = findings.filter((f) => f.message.startsWith('Unknown member'));
    assert.equal(listed.length, MAX_FINDINGS_PER_RULE);
    const first = listed.find((f) => text.slice(f.start, f.end) === 'Protocl0');
    assert.match(first?.message ?? '', /Did you mean `Protocol`\?/);
    assert.equal(first?.fixes?.[0]?.title, 'Rename to `Protocol`');
    const extra = listed.find((f) => text.slice(f.start, f.end) === 'Extra1');
    assert.match(extra?.message ?? '', /Allowed here: /);
    const more = findings.find((f) => /more unknown-member findings/.test(f.message));
    assert.match(more?.message ?? '', /^250 more unknown-member findings in this document are not listed/);
    assert.equal(more?.start, text.indexOf(`\n${keys[MAX_FINDINGS_PER_RULE] ?? ''}\n`) + 1);
  });
});
