// Inline suppression through the facade: the three comment forms, what is not a comment, the
// options that turn reports off, the ignore lists of templates, the incremental path, and the
// "Disable <rule>" quick fixes. The fixtures of the three suppression rules cover the messages.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createLanguageService,
  type Analysis,
  type Finding,
  type LanguageServiceOptions,
} from '../server/src/service/languageService';

const ARN = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';

/** A listener with the lines given, and a valid default action unless they write their own. */
function listener(...lines: string[]): string {
  const action = lines.some((l) => l.startsWith('DefaultActions'))
    ? []
    : ['DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200" } }]'];
  return [`LoadBalancerArn: ${ARN}`, 'Protocol: HTTP', ...lines, ...action, ''].join('\n');
}

function check(text: string, options: LanguageServiceOptions = {}, named = true): Analysis {
  return createLanguageService(options).check({ text, syntax: 'yaml', named });
}

function ids(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

function lineOf(text: string, finding: Finding): number {
  return text.slice(0, finding.start).split('\n').length;
}

function apply(text: string, finding: Finding | undefined, index: number): string {
  const edit = finding?.fixes?.[index]?.edits[0];
  assert.ok(edit, 'a fix with an edit');
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe('inline suppression', () => {
  test('next-line, line and file directives silence their findings only', () => {
    const text = listener(
      '# elbv2-ls-disable-next-line value-out-of-range -- testing the limit',
      'Port: 70000',
      'DefaultActions:',
      '  - Type: fixed-response # elbv2-ls-disable-line action-config-missing -- added by the pipeline',
    );
    assert.deepEqual(ids(check(text).findings), []);
    const unsuppressed = check(text.replace(/# elbv2-ls-[^\n]*/g, ''));
    assert.deepEqual(ids(unsuppressed.findings).sort(), ['action-config-missing', 'value-out-of-range']);

    // The directive on the line above the wrong line silences nothing and is reported.
    const wrongLine = listener(
      '# elbv2-ls-disable-next-line value-out-of-range -- testing the limit',
      'Comment: x',
      'Port: 70000',
    );
    assert.deepEqual(ids(check(wrongLine).findings).sort(), [
      'unknown-member',
      'unused-suppression',
      'value-out-of-range',
    ]);

    const fileWide = listener(
      'Port: 70000',
      'Comment: x',
      '# elbv2-ls-disable value-out-of-range, unknown-member -- a test',
    );
    assert.deepEqual(ids(check(fileWide).findings), []);
  });

  test('a directive without rule ids silences every rule on its line', () => {
    const text = listener('Port: 70000 # elbv2-ls-disable-line -- a test of the API', 'Comment: x');
    assert.deepEqual(ids(check(text).findings), ['unknown-member']);
  });

  test('a `#` inside a quoted string, a block scalar or a word is not a comment', () => {
    const text = listener(
      'Port: 70000',
      'DefaultActions:',
      '  - Type: fixed-response',
      '    FixedResponseConfig:',
      '      StatusCode: "503"',
      '      MessageBody: |',
      '        # elbv2-ls-disable value-out-of-range -- inside a block scalar',
      '        x#elbv2-ls-disable value-out-of-range',
      "      ContentType: 'text/plain # elbv2-ls-disable value-out-of-range'",
    );
    const found = ids(check(text).findings);
    assert.ok(found.includes('value-out-of-range'), found.join());
    assert.deepEqual(
      found.filter((id) => id.includes('suppression')),
      [],
    );
  });

  test('reportUnusedSuppressions: false and severities turn the reports off', () => {
    const text = listener('# elbv2-ls-disable-next-line value-out-of-range', 'Port: 80');
    assert.deepEqual(ids(check(text).findings).sort(), ['suppression-without-reason', 'unused-suppression']);
    assert.deepEqual(ids(check(text, { reportUnusedSuppressions: false }).findings), [
      'suppression-without-reason',
    ]);
    assert.deepEqual(
      ids(
        check(text, { severities: { 'suppression-without-reason': 'off', 'unused-suppression': 'off' } })
          .findings,
      ),
      [],
    );
    const raised = check(text, { severities: { 'unused-suppression': 'error' } });
    assert.equal(raised.findings.find((f) => f.ruleId === 'unused-suppression')?.severity, 'error');
  });

  test('a suppression of a rule turned off is unused, as in ESLint', () => {
    const text = listener('Port: 70000 # elbv2-ls-disable-line value-out-of-range -- a test');
    assert.deepEqual(ids(check(text, { severities: { 'value-out-of-range': 'off' } }).findings), [
      'unused-suppression',
    ]);
  });

  test('an unused suppression is removed by its fix, with its line', () => {
    const text = listener('# elbv2-ls-disable-next-line value-out-of-range -- no longer needed', 'Port: 80');
    const unused = check(text).findings.find((f) => f.ruleId === 'unused-suppression');
    assert.equal(apply(text, unused, 0), listener('Port: 80'));
    const trailing = listener('Port: 80 # elbv2-ls-disable-line value-out-of-range -- no longer needed');
    const finding = check(trailing).findings.find((f) => f.ruleId === 'unused-suppression');
    assert.equal(apply(trailing, finding, 0), listener('Port: 80'));
  });

  test('files that are not ELBv2 documents stay silent, directives or not', () => {
    const workflow = 'on: push # elbv2-ls-disable-nextline x\njobs: {}\n';
    assert.deepEqual(check(workflow, {}, false).findings, []);
  });

  test('CRLF line endings', () => {
    const text = listener('# elbv2-ls-disable-next-line value-out-of-range -- a test', 'Port: 70000').replace(
      /\n/g,
      '\r\n',
    );
    assert.deepEqual(ids(check(text).findings), []);
  });

  test("a template resource's Metadata ignore list (JSON has no comments) goes through the same pass", () => {
    const template = (metadata: string): string =>
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Resources:',
        '  Targets:',
        '    Type: AWS::ElasticLoadBalancingV2::TargetGroup',
        metadata,
        '    Properties:',
        '      Protocol: HTTP',
        '      Port: 70000',
        '      VpcId: vpc-0a1b2c3d',
        '  Other:',
        '    Type: AWS::ElasticLoadBalancingV2::TargetGroup',
        '    Properties: {Protocol: HTTP, Port: 70000, VpcId: vpc-0a1b2c3d}',
        '',
      ].join('\n');
    const service = createLanguageService();
    const run = (text: string): string[] =>
      ids(service.check({ text, syntax: 'yaml', named: false }).findings).sort();
    assert.deepEqual(run(template('    Metadata: {}')), ['value-out-of-range', 'value-out-of-range']);
    // Only the resource that says so is silenced; an unknown id is reported; no reason is asked for.
    assert.deepEqual(
      run(template('    Metadata: {elbv2-ls: {ignore: [value-out-of-range, no-such-rule]}}')),
      ['invalid-suppression', 'value-out-of-range'],
    );
    // A list that silences nothing is reported.
    assert.deepEqual(run(template('    Metadata: {elbv2-ls: {ignore: [redirect-loop]}}')), [
      'unused-suppression',
      'value-out-of-range',
      'value-out-of-range',
    ]);
  });

  test('an incremental re-check starts from the findings before suppression', () => {
    const service = createLanguageService();
    const before = listener('# elbv2-ls-disable-next-line value-out-of-range -- a test', 'Port: 70000');
    const first = service.check({ text: before, syntax: 'yaml', named: true });
    assert.deepEqual(ids(first.findings), []);
    assert.deepEqual(ids(first.ruleFindings), ['value-out-of-range']);
    const after = before.replace('Port: 70000', 'Port: 70001');
    const incremental = service.check({ text: after, syntax: 'yaml', named: true }, first);
    const fresh = createLanguageService().check({ text: after, syntax: 'yaml', named: true });
    assert.deepEqual(incremental.findings, fresh.findings);
    assert.deepEqual(incremental.ruleFindings, fresh.ruleFindings);
  });
});

describe('"Disable <rule>" quick fixes', () => {
  const service = createLanguageService();

  test('for this line: a directive above, indented like the line; then only a reason is asked for', () => {
    const text = listener('DefaultActions:', '  - Type: forwrd');
    const analysis = check(text);
    const finding = analysis.findings.find((f) => f.ruleId === 'invalid-enum-value') as Finding;
    const fixes = service.suppressionFixes(analysis, finding);
    assert.deepEqual(
      fixes.map((f) => f.title),
      ['Disable invalid-enum-value for this line', 'Disable invalid-enum-value for this file'],
    );
    const fixed = apply(text, { ...finding, fixes }, 0);
    assert.equal(
      fixed,
      listener('DefaultActions:', '  # elbv2-ls-disable-next-line invalid-enum-value', '  - Type: forwrd'),
    );
    assert.deepEqual(ids(check(fixed).findings), ['suppression-without-reason']);

    const fileWide = apply(text, { ...finding, fixes }, 1);
    assert.ok(fileWide.startsWith('# elbv2-ls-disable invalid-enum-value\n'));
    assert.deepEqual(ids(check(fileWide).findings), ['suppression-without-reason']);
  });

  test('for this line, below an existing directive: the rule is added to it', () => {
    const input = [
      `LoadBalancerArn: ${ARN}`,
      'Protocol: HTTP',
      '# elbv2-ls-disable-next-line unknown-member -- legacy',
      'Port: 70000',
      'DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200" } }]',
      '',
    ].join('\n');
    const checked = check(input);
    const finding = checked.findings.find((f) => f.ruleId === 'value-out-of-range') as Finding;
    assert.equal(lineOf(input, finding), 4);
    const fixes = service.suppressionFixes(checked, finding);
    const fixed = apply(input, { ...finding, fixes }, 0);
    assert.equal(
      fixed,
      input.replace('unknown-member -- legacy', 'unknown-member, value-out-of-range -- legacy'),
    );
    assert.deepEqual(ids(check(fixed).findings), ['unused-suppression']); // unknown-member has nothing left there
  });

  test('for this line, on a top-level key; never inside a multi-line string', () => {
    const text = listener('Port: 70000');
    const analysis = check(text);
    const finding = analysis.findings.find((f) => f.ruleId === 'value-out-of-range') as Finding;
    const fixed = apply(text, { ...finding, fixes: service.suppressionFixes(analysis, finding) }, 0);
    assert.equal(fixed, listener('# elbv2-ls-disable-next-line value-out-of-range', 'Port: 70000'));

    const continued = `{ LoadBalancerArn: ${ARN}, Protocol: HTTP, Comment: "a\n  b", Port: 70000 }\n`;
    const inString = check(continued);
    const port = inString.findings.find((f) => f.ruleId === 'value-out-of-range');
    assert.ok(port, JSON.stringify(inString.findings));
    assert.deepEqual(
      service.suppressionFixes(inString, port).map((f) => f.title),
      ['Disable value-out-of-range for this file'],
    );
  });

  test('JSON has no comments: no fixes', () => {
    const text = JSON.stringify({ LoadBalancerArn: ARN, Protocol: 'HTTP', Port: 70000 });
    const analysis = createLanguageService().check({ text, syntax: 'json', named: true });
    const finding = analysis.findings[0] as Finding;
    assert.deepEqual(service.suppressionFixes(analysis, finding), []);
  });
});
