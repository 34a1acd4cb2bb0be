// Document symbols through the language service: the outline of a listener with two actions and
// of a describe-target-groups output, with LF and CRLF line endings, and the LSP nesting rule; the
// outline of a CloudFormation template.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, type Syntax } from '../server/src/service/languageService';
import { documentSymbols, type SymbolEntry } from '../server/src/service/symbols/index';

const service = createLanguageService();
const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const;

function symbolsOf(source: string, syntax: Syntax, eol: string): { text: string; entries: SymbolEntry[] } {
  const text = source.replace(/\r?\n/g, eol);
  return { text, entries: documentSymbols(service.check({ text, syntax, named: true })) };
}

/** One line per entry: indentation, kind, name, detail. */
function outline(entries: readonly SymbolEntry[], depth = 0): string[] {
  return entries.flatMap((e) => [
    `${'  '.repeat(depth)}${e.kind} ${e.name}${e.detail !== undefined ? ` — ${e.detail}` : ''}`,
    ...outline(e.children, depth + 1),
  ]);
}

/** Every child lies inside its parent, and every selection inside its entry (LSP DocumentSymbol). */
function assertNested(entries: readonly SymbolEntry[], parent?: SymbolEntry): void {
  for (const e of entries) {
    assert.ok(e.start <= e.selectionStart && e.selectionEnd <= e.end, `selection of ${e.name}`);
    if (parent) assert.ok(parent.start <= e.start && e.end <= parent.end, `${e.name} inside ${parent.name}`);
    assertNested(e.children, e);
  }
}

const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup';

const LISTENER = `# aws elbv2 create-listener --cli-input-yaml file://listener.elbv2.yaml
LoadBalancerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188
Protocol: HTTPS
Port: 443
Certificates:
  - CertificateArn: arn:aws:acm:us-west-2:123456789012:certificate/12345678-1234-1234-1234-123456789012
DefaultActions:
  - Type: authenticate-oidc
    Order: 1
    AuthenticateOidcConfig:
      Issuer: https://idp.example.com
      ClientId: my-client
  - Type: forward
    Order: 2
    ForwardConfig:
      TargetGroups:
        - TargetGroupArn: ${TG}/blue/73e2d6bc24d8a067
          Weight: 80
        - TargetGroupArn: ${TG}/green/2453ed029918f21f
          Weight: 20
`;

const DESCRIBE = `{
  "TargetGroups": [
    {
      "TargetGroupArn": "${TG}/my-targets/73e2d6bc24d8a067",
      "TargetGroupName": "my-targets",
      "Protocol": "HTTP",
      "Port": 80,
      "Matcher": { "HttpCode": "200" },
      "LoadBalancerArns": ["arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188"],
      "TargetType": "instance"
    },
    {
      "TargetGroupArn": "${TG}/my-lambda/1a2b3c4d5e6f7a8b",
      "TargetGroupName": "my-lambda",
      "TargetType": "lambda"
    }
  ]
}`;

for (const [eolName, eol] of EOLS) {
  describe(`document symbols (${eolName})`, () => {
    test('a listener with two default actions (YAML)', () => {
      const { text, entries } = symbolsOf(LISTENER, 'yaml', eol);
      assert.deepEqual(outline(entries), [
        'listener HTTPS:443 — my-lb',
        '  property LoadBalancerArn — arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbal…',
        '  property Protocol — HTTPS',
        '  property Port — 443',
        '  array Certificates — 1 item',
        '    object 12345678-1234-1234-1234-123456789012',
        '      property CertificateArn — arn:aws:acm:us-west-2:123456789012:certificate/12345678-123…',
        '  array DefaultActions — 2 items',
        '    action 1. authenticate-oidc — Order 1',
        '      property Type — authenticate-oidc',
        '      property Order — 1',
        '      object AuthenticateOidcConfig',
        '        property Issuer — https://idp.example.com',
        '        property ClientId — my-client',
        '    action 2. forward → blue, green — Order 2',
        '      property Type — forward',
        '      property Order — 2',
        '      object ForwardConfig',
        '        array TargetGroups — 2 items',
        '          object blue — weight 80',
        '            property TargetGroupArn — arn:aws:elasticloadbalancing:us-west-2:123456789012:targetg…',
        '            property Weight — 80',
        '          object green — weight 20',
        '            property TargetGroupArn — arn:aws:elasticloadbalancing:us-west-2:123456789012:targetg…',
        '            property Weight — 20',
      ]);
      assertNested(entries);
      const listener = entries[0];
      assert.ok(listener);
      // The listener spans the document's mapping and is selected at its protocol.
      assert.equal(listener.start, text.indexOf('LoadBalancerArn'));
      assert.equal(text.slice(listener.selectionStart, listener.selectionEnd), 'HTTPS');
      const actions = listener.children.find((c) => c.name === 'DefaultActions')?.children ?? [];
      assert.deepEqual(
        actions.map((a) => text.slice(a.selectionStart, a.selectionEnd)),
        ['authenticate-oidc', 'forward'],
      );
      const second = actions[1];
      assert.ok(second);
      assert.equal(second.start, text.indexOf('Type: forward'));
      assert.ok(text.slice(second.start, second.end).trimEnd().endsWith('Weight: 20'));
      const port = listener.children.find((c) => c.name === 'Port');
      assert.deepEqual(
        port && [text.slice(port.start, port.end), text.slice(port.selectionStart, port.selectionEnd)],
        ['Port: 443', 'Port'],
      );
    });

    test('a describe-target-groups output: one entry per target group (JSON)', () => {
      const { text, entries } = symbolsOf(DESCRIBE, 'json', eol);
      assert.deepEqual(outline(entries), [
        'targetGroup my-targets — HTTP:80',
        '  property TargetGroupArn — arn:aws:elasticloadbalancing:us-west-2:123456789012:targetg…',
        '  property TargetGroupName — my-targets',
        '  property Protocol — HTTP',
        '  property Port — 80',
        '  object Matcher',
        '    property HttpCode — 200',
        '  array LoadBalancerArns — arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbal…',
        '  property TargetType — instance',
        'targetGroup my-lambda — lambda',
        '  property TargetGroupArn — arn:aws:elasticloadbalancing:us-west-2:123456789012:targetg…',
        '  property TargetGroupName — my-lambda',
        '  property TargetType — lambda',
      ]);
      assertNested(entries);
      const [first, second] = entries;
      assert.ok(first && second);
      assert.equal(text.slice(first.selectionStart, first.selectionEnd), '"my-targets"');
      assert.equal(text[first.start], '{');
      assert.equal(text[first.end - 1], '}');
      assert.ok(first.end <= second.start);
    });

    test('a describe-listeners output and a target-group request (YAML)', () => {
      const listeners = `Listeners:
  - ListenerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/net/my-nlb/50dc6c495c0c9188/f2f7dc8efc522ab2
    Protocol: TCP
    Port: 80
    DefaultActions:
      - Type: forward
        TargetGroupArn: ${TG}/my-targets/73e2d6bc24d8a067
`;
      const { entries } = symbolsOf(listeners, 'yaml', eol);
      assert.deepEqual(
        outline(entries).filter((l) => !l.includes('property')),
        ['listener TCP:80 — my-nlb', '  array DefaultActions — 1 item', '    action 1. forward → my-targets'],
      );
      assertNested(entries);
      const group = symbolsOf('Name: web\nProtocol: HTTPS\nPort: 443\nVpcId: vpc-1\n', 'yaml', eol).entries;
      assert.deepEqual(outline(group)[0], 'targetGroup web — HTTPS:443');
    });
  });
}

test('no outline for a file that is not an ELBv2 document', () => {
  const analysis = service.check({ text: 'name: build\non: [push]\n', syntax: 'yaml', named: false });
  assert.deepEqual(documentSymbols(analysis), []);
});

test('a YAML alias does not put a child outside its parent', () => {
  const text = `Name: web
Protocol: HTTP
Port: 80
VpcId: vpc-1
Matcher: &m
  HttpCode: "200"
Tags:
  - Key: a
    Value: b
Other: *m
`;
  const entries = documentSymbols(service.check({ text, syntax: 'yaml', named: true }));
  assertNested(entries);
});

test('a describe-rules output: one entry per rule, named by priority, with its conditions', () => {
  const RULE =
    'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener-rule/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2';
  const text = `Rules:
  - RuleArn: ${RULE}/9683b2d02a6cabee
    Priority: "10"
    Conditions:
      - Field: host-header
        HostHeaderConfig: { Values: ["*.example.com"] }
      - Field: query-string
        QueryStringConfig: { Values: [{ Key: v, Value: "2" }] }
    Actions:
      - { Type: forward, TargetGroupArn: ${TG}/my-targets/73e2d6bc24d8a067 }
    Transforms:
      - Type: url-rewrite
        UrlRewriteConfig: { Rewrites: [{ Regex: ^/old/(.*)$, Replace: /new/$1 }] }
  - RuleArn: ${RULE}/1291d13826f405c3
    Priority: default
    IsDefault: true
    Conditions: []
    Actions:
      - { Type: fixed-response, FixedResponseConfig: { StatusCode: "404" } }
`;
  const entries = documentSymbols(service.check({ text, syntax: 'yaml', named: true }));
  assert.deepEqual(
    outline(entries).filter((l) => !l.includes('property')),
    [
      'object Priority 10 — host-header *.example.com; query-string v=2',
      '  array Conditions — 2 items',
      '    object host-header *.example.com',
      '      object HostHeaderConfig',
      '        array Values — *.example.com',
      '    object query-string v=2',
      '      object QueryStringConfig',
      '        array Values — 1 item',
      '          object v=2',
      '  array Actions — 1 item',
      '    action 1. forward → my-targets',
      '  array Transforms — 1 item',
      '    object url-rewrite',
      '      object UrlRewriteConfig',
      '        array Rewrites — 1 item',
      '          object ^/old/(.*)$ → /new/$1',
      'object Default rule',
      '  array Conditions — empty',
      '  array Actions — 1 item',
      '    action 1. fixed-response → 404',
      '      object FixedResponseConfig',
    ],
  );
  assertNested(entries);
  assert.equal(text.slice(entries[0]?.selectionStart, entries[0]?.selectionEnd), '"10"');
});

test('a template: Parameters and Conditions as groups, each ELBv2 resource by logical ID and type', () => {
  const text = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Protocol: HTTP
      Port: 80
      DefaultActions:
        - Type: forward
          TargetGroupArn: !GetAtt Tg.TargetGroupArn
  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Condition: IsProd
    Properties:
      ListenerArn: !Ref Http
      Priority: 10
      Conditions:
        - Field: path-pattern
          PathPatternConfig: { Values: [/api/*] }
      Actions:
        - Type: fixed-response
          FixedResponseConfig: { StatusCode: '404' }
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: { Port: 80, Protocol: HTTP, VpcId: !If [IsProd, vpc-1, vpc-2] }
`;
  const entries = documentSymbols(service.check({ text, syntax: 'yaml', named: false }));
  assert.deepEqual(outline(entries), [
    'object Parameters',
    '  property Env — String',
    'object Conditions',
    '  property IsProd',
    'listener Http — AWS::ElasticLoadBalancingV2::Listener',
    '  property LoadBalancerArn — !Ref Lb',
    '  property Protocol — HTTP',
    '  property Port — 80',
    '  array DefaultActions — 1 item',
    '    action 1. forward',
    '      property Type — forward',
    '      property TargetGroupArn — !GetAtt Tg.TargetGroupArn',
    'object Rule — AWS::ElasticLoadBalancingV2::ListenerRule',
    '  property ListenerArn — !Ref Http',
    '  property Priority — 10',
    '  array Conditions — 1 item',
    '    object path-pattern /api/*',
    '      property Field — path-pattern',
    '      object PathPatternConfig',
    '        array Values — /api/*',
    '  array Actions — 1 item',
    '    action 1. fixed-response → 404',
    '      property Type — fixed-response',
    '      object FixedResponseConfig',
    '        property StatusCode — 404',
    'targetGroup Tg — AWS::ElasticLoadBalancingV2::TargetGroup',
    '  property Port — 80',
    '  property Protocol — HTTP',
    '  property VpcId — !If IsProd, vpc-1, vpc-2',
  ]);
  assertNested(entries);
  assert.equal(text.slice(entries[2]?.selectionStart, entries[2]?.selectionEnd), 'Http');
});
