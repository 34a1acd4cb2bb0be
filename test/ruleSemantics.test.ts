// The semantic layer of listener rules, as another layer (the CloudFormation template layer) uses
// it: a rule whose listener is known hands its protocol to every action rule, so authentication
// is judged by that listener; and the helpers the condition rules read (rule ARNs, CIDR blocks,
// regular-expression features).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Binding } from '../server/src/service/bind';
import type { Finding } from '../server/src/service/findings';
import { authenticationRequiresHttps } from '../server/src/service/rules/actions/authenticationRequiresHttps';
import { checkCidr } from '../server/src/service/rules/listenerRule/cidr';
import { rulePriorityUnique } from '../server/src/service/rules/listenerRule/rulePriorityUnique';
import { unsupportedRegexFeature } from '../server/src/service/rules/listenerRule/regexFeatures';
import type { Rule, RuleContext } from '../server/src/service/rules/rule';
import { actionRefusal, canTakeAction } from '../server/src/service/semantics/actions';
import { DocumentSemantics } from '../server/src/service/semantics/document';
import { listenerFacts } from '../server/src/service/semantics/listener';
import { listenerArnOfRule, ruleFacts } from '../server/src/service/semantics/rule';
import { parse } from '../server/src/service/syntax/parse';
import { propertyValue, type ObjectNode } from '../server/src/service/syntax/tree';

const LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';

/** A template-like document: a Listener resource and a ListenerRule resource that refers to it. */
function template(protocol: string): { text: string; listener: ObjectNode; rule: ObjectNode } {
  const text = `Listener:
  LoadBalancerArn: ${LB}
  Protocol: ${protocol}
  Port: 80
Rule:
  Priority: 10
  Conditions:
    - Field: path-pattern
      PathPatternConfig: { Values: [/login/*] }
  Actions:
    - Type: authenticate-cognito
      Order: 1
      AuthenticateCognitoConfig: { UserPoolArn: x, UserPoolClientId: y, UserPoolDomain: z }
    - Type: forward
      Order: 2
      TargetGroupArn: tg
`;
  const root = parse(text, 'yaml').root as ObjectNode;
  return {
    text,
    listener: propertyValue(root, 'Listener') as ObjectNode,
    rule: propertyValue(root, 'Rule') as ObjectNode,
  };
}

/** Runs one rule with the semantics another layer built, and returns its messages. */
function run(rule: Rule, text: string, semantics: DocumentSemantics, binding: Binding): string[] {
  const findings: Finding[] = [];
  const report: RuleContext['report'] = (range, message) =>
    findings.push({ ...range, message, ruleId: rule.id, severity: rule.severity });
  const context: RuleContext = {
    document: parse(text, 'yaml'),
    kind: undefined,
    binding,
    semantics,
    syntaxProblems: [],
    report,
    reportLazily: (range, describe) => report(range, describe().message),
  };
  rule.check(context);
  return findings.map((f) => `${text.slice(f.start, f.end)}: ${f.message}`);
}

describe('a rule whose listener another layer knows', () => {
  test('takes the listener protocol, port and load balancer', () => {
    const { listener, rule } = template('HTTP');
    const facts = ruleFacts(rule, 'create', listenerFacts(listener, 'create'));
    assert.equal(facts.protocol, 'HTTP');
    assert.equal(facts.port, 80);
    assert.equal(facts.loadBalancer?.type, 'application');
    assert.equal(facts.priority?.value, 10);
    assert.equal(facts.conditions.length, 1);
    assert.equal(facts.actions.length, 2);
  });

  test('on an HTTP listener, authentication is refused and not offered; on HTTPS it is', () => {
    const http = template('HTTP');
    const onHttp = ruleFacts(http.rule, 'create', listenerFacts(http.listener, 'create'));
    assert.equal(actionRefusal(onHttp, 'authenticate-oidc'), 'needs-https');
    assert.equal(canTakeAction(onHttp, 'jwt-validation', onHttp.actions[0]), false);

    const https = template('HTTPS');
    const onHttps = ruleFacts(https.rule, 'create', listenerFacts(https.listener, 'create'));
    assert.equal(actionRefusal(onHttps, 'authenticate-oidc'), undefined);
    assert.equal(canTakeAction(onHttps, 'jwt-validation', onHttps.actions[0]), true);

    // Alone, as in a CreateRule document, the listener protocol is unknown: nothing is refused.
    assert.equal(actionRefusal(ruleFacts(http.rule, 'create'), 'authenticate-oidc'), undefined);
  });

  test('authentication-requires-https reports a rule of an HTTP listener, worded for a rule', () => {
    const { text, listener, rule } = template('HTTP');
    const binding = new Binding(rule, 'CreateRuleInput');
    const given = { rules: [ruleFacts(rule, 'create', listenerFacts(listener, 'create'))] };
    const messages = run(
      authenticationRequiresHttps,
      text,
      new DocumentSemantics(undefined, binding, given),
      binding,
    );
    assert.equal(messages.length, 1);
    assert.match(messages[0] ?? '', /^authenticate-cognito: .*this rule's listener has protocol `HTTP`/);

    const https = template('HTTPS');
    const httpsBinding = new Binding(https.rule, 'CreateRuleInput');
    const httpsGiven = { rules: [ruleFacts(https.rule, 'create', listenerFacts(https.listener, 'create'))] };
    assert.deepEqual(
      run(
        authenticationRequiresHttps,
        https.text,
        new DocumentSemantics(undefined, httpsBinding, httpsGiven),
        httpsBinding,
      ),
      [],
    );
  });
});

test('the listener of a rule ARN', () => {
  assert.equal(
    listenerArnOfRule(
      'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener-rule/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee',
    ),
    'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2',
  );
  assert.equal(
    listenerArnOfRule('arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/a/b/c'),
    undefined,
  );
  assert.equal(listenerArnOfRule('not an arn'), undefined);
  assert.equal(listenerArnOfRule(undefined), undefined);
});

test('CIDR blocks', () => {
  const ok = [
    '192.0.2.0/24',
    '0.0.0.0/0',
    '10.0.0.1/32',
    '2001:db8::/32',
    '::/0',
    '::1/128',
    'fe80::1:2:3:4:5/64',
    '::ffff:192.0.2.1/128',
    '1:2:3:4:5:6:7:8/128',
  ];
  for (const c of ok) assert.deepEqual(checkCidr(c).problem, undefined, c);
  const bad: [string, string][] = [
    ['192.0.2.1', 'no-prefix'],
    ['2001:db8::1', 'no-prefix'],
    ['192.0.2.0/33', 'bad-prefix'],
    ['2001:db8::/129', 'bad-prefix'],
    ['192.0.2.0/', 'bad-prefix'],
    ['192.0.2.0/2a', 'bad-prefix'],
    ['256.0.0.0/8', 'bad-address'],
    ['01.2.3.4/32', 'bad-address'],
    ['1.2.3/24', 'bad-address'],
    ['1:2:3:4:5:6:7:8:9/64', 'bad-address'],
    ['1::2::3/64', 'bad-address'],
    ['1:2:3:4:5:6:7/64', 'bad-address'],
    ['2001:db8::g/64', 'bad-address'],
    ['*', 'bad-address'],
    ['', 'bad-address'],
  ];
  for (const [c, problem] of bad) assert.equal(checkCidr(c).problem, problem, c);
});

test('unsupported regular-expression features', () => {
  const found = (p: string): string | undefined => {
    const f = unsupportedRegexFeature(p);
    return f && `${f.feature}@${f.index}:${p.slice(f.index, f.index + f.length)}`;
  };
  assert.equal(found('^/a(?=b)'), 'lookahead@3:(?=');
  assert.equal(found('^/a(?!b)'), 'lookahead@3:(?!');
  assert.equal(found('(?<=a)b'), 'lookbehind@0:(?<=');
  assert.equal(found('(?<!a)b'), 'lookbehind@0:(?<!');
  assert.equal(found('(a)\\1'), 'backreference@3:\\1');
  assert.equal(found('(?<n>a)\\k<n>'), 'backreference@7:\\k');
  assert.equal(found('(?P<n>a)(?P=n)'), 'backreference@8:(?P=');
  assert.equal(found('(?>a|b)'), 'atomic group@0:(?>');
  assert.equal(found('a*+'), 'possessive quantifier@1:*+');
  assert.equal(found('a{2,3}+'), 'possessive quantifier@5:}+');
  assert.equal(found('a?+'), 'possessive quantifier@1:?+');
  assert.equal(found('(a(?R))'), 'subroutine or recursion@2:(?R');
  assert.equal(found('(a)(?1)'), 'subroutine or recursion@3:(?1');
  assert.equal(found('(?&name)'), 'subroutine or recursion@0:(?&');
  assert.equal(found('\\g<1>'), 'subroutine or recursion@0:\\g');
  assert.equal(found('\\p{L}+'), 'Unicode character class@0:\\p');
  assert.equal(found('[\\P{Lu}]'), 'Unicode character class@1:\\P');
  for (const ok of [
    '^/api/?.*$',
    'a+?',
    'a*?b',
    '(?:a|b)+',
    '(?<name>a)',
    '[(?=]',
    '\\(?=',
    '[\\1]',
    'a\\+\\+',
    '\\\\1',
    '[]a]+',
    '^v[0-9]+$',
  ])
    assert.equal(found(ok), undefined, ok);
});

test('rule-priority-unique compares the rules of one listener resource that another layer gave', () => {
  const text = `Listener:
  LoadBalancerArn: ${LB}
  Protocol: HTTPS
Other:
  LoadBalancerArn: ${LB}
  Protocol: HTTPS
A: { Priority: 5, Conditions: [], Actions: [] }
B: { Priority: 0x5, Conditions: [], Actions: [] }
C: { Priority: +5, Conditions: [], Actions: [] }
`;
  const root = parse(text, 'yaml').root as ObjectNode;
  const object = (name: string): ObjectNode => propertyValue(root, name) as ObjectNode;
  const listener = listenerFacts(object('Listener'), 'create');
  const other = listenerFacts(object('Other'), 'create');
  const rules = [
    ruleFacts(object('A'), 'create', listener),
    ruleFacts(object('B'), 'create', listener),
    ruleFacts(object('C'), 'create', other),
  ];
  const binding = new Binding(undefined, '');
  const messages = run(
    rulePriorityUnique,
    text,
    new DocumentSemantics(undefined, binding, { rules }),
    binding,
  );
  // B repeats A's priority on the same listener; C is on another listener.
  assert.equal(messages.length, 1);
  assert.match(messages[0] ?? '', /^0x5: Priority 5 is already taken/);
});
