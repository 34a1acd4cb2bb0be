// One rule that throws must not take the other rules' findings with it, and the adapters are told
// which rule failed on which document.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createLanguageService,
  ruleFailureMessage,
  RULES,
  type RuleFailureReport,
} from '../server/src/service/languageService';
import type { Rule } from '../server/src/service/rules/rule';

const DOCUMENT = [
  'LoadBalancerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188',
  'Protocol: HTTP',
  'Port: "80"',
  'SslPolicy: ELBSecurityPolicy-2016-08',
  'DefaultActions:',
  '  - Type: forward',
  '    TargetGroupArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067',
  '',
].join('\n');

/** Runs `body` with one registry rule replaced by a rule that reports a finding, then throws. */
function withThrowingRule(id: string, body: () => void): void {
  const rule = RULES.find((r) => r.id === id) as Rule;
  const check = rule.check;
  rule.check = (context) => {
    context.report({ start: 0, end: 1 }, 'reported before the rule threw');
    throw new Error('boom');
  };
  try {
    body();
  } finally {
    rule.check = check;
  }
}

describe('a rule that throws', () => {
  test('loses its own findings, the others are kept, and the failure names the rule and the document', () => {
    const healthy = createLanguageService().check({ text: DOCUMENT, syntax: 'yaml', named: true });
    const ids = new Set(healthy.findings.map((f) => f.ruleId));
    assert.ok(ids.has('wrong-type') && ids.has('listener-member-protocol'), [...ids].join(', '));

    const failures: RuleFailureReport[] = [];
    withThrowingRule('wrong-type', () => {
      const service = createLanguageService({ onRuleFailure: (f) => failures.push(f) });
      const broken = service.check({
        text: DOCUMENT,
        syntax: 'yaml',
        named: true,
        name: 'listener.elbv2.yaml',
      });
      assert.deepEqual(
        broken.findings,
        healthy.findings.filter((f) => f.ruleId !== 'wrong-type'),
      );
    });
    assert.equal(failures.length, 1);
    const [failure] = failures;
    assert.equal(failure?.ruleId, 'wrong-type');
    assert.equal(failure?.document, 'listener.elbv2.yaml');
    const message = ruleFailureMessage(failure as RuleFailureReport);
    assert.match(message, /rule wrong-type failed on listener\.elbv2\.yaml/);
    assert.match(message, /boom/);
  });

  test('the incremental re-check gives what a full check gives when a rule throws', () => {
    const listener = (port: number): string =>
      [
        '  - ListenerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2',
        '    Protocol: HTTP',
        `    Port: ${port}`,
        '    DefaultActions: [{ Type: forward, Order: 0 }]',
      ].join('\n');
    const before = `Listeners:\n${listener(80)}\n${listener(81)}\n`;
    const after = before.replace('Port: 81', 'Port: 8');
    withThrowingRule('value-out-of-range', () => {
      const service = createLanguageService();
      const previous = service.check({ text: before, syntax: 'yaml', named: true });
      const root = previous.document.root;
      const incremental = service.check({ text: after, syntax: 'yaml', named: true }, previous);
      assert.equal(incremental.document.root, root, 'the edit was not parsed incrementally');
      const full = service.check({ text: after, syntax: 'yaml', named: true });
      assert.deepEqual(incremental.findings, full.findings);
      assert.ok(!full.findings.some((f) => f.ruleId === 'value-out-of-range'));
      assert.ok(full.findings.some((f) => f.ruleId === 'action-config-missing'));
    });
  });
});
