// Which template values are known (issue 12, item 4): literals, parameters (each AllowedValues
// item, else the Default, else what the configuration file says), Fn::If branches taken alike across
// a resource, Fn::FindInMap with known keys, Fn::Sub without variables, AWS::NoValue; everything
// else is unknown and never called wrong.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, type LanguageServiceOptions } from '../server/src/service/languageService';

function findings(text: string, options: LanguageServiceOptions = {}): string[] {
  return createLanguageService(options)
    .check({ text, syntax: 'yaml', named: false })
    .findings.map((f) => `${f.ruleId}: ${f.message}`);
}

function listener(properties: string, head = ''): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    head,
    'Resources:',
    '  Web:',
    '    Type: AWS::ElasticLoadBalancingV2::Listener',
    '    Properties:',
    '      LoadBalancerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/web/50dc6c495c0c9188',
    '      DefaultActions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: "200"}}]',
    properties,
    '',
  ].join('\n');
}

const PROTO = 'Parameters:\n  Proto: {Type: String, AllowedValues: [HTTP, HTTPS]}';

describe('template values', () => {
  test('each AllowedValues item is a case; a finding it causes names the parameter', () => {
    const found = findings(listener('      Protocol: !Ref Proto\n      Port: 443', PROTO));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0] ?? '', /^certificate-required: .*\(parameter `Proto` = `HTTPS`\)$/);
  });

  test('a Default is the value of a parameter without AllowedValues', () => {
    const head = 'Parameters:\n  Port: {Type: Number, Default: 70000}';
    assert.deepEqual(
      findings(listener('      Protocol: HTTP\n      Port: !Ref Port', head)).map((f) => f.split(':')[0]),
      ['value-out-of-range'],
    );
  });

  test('a parameter of an AWS-specific type takes no value from the template, only from the configuration file', () => {
    // The Default of an SSM parameter type names the Systems Manager parameter, not its value.
    const head = 'Parameters:\n  Port: {Type: "AWS::SSM::Parameter::Value<String>", Default: /web/port}';
    const text = listener('      Protocol: HTTP\n      Port: !Ref Port', head);
    assert.deepEqual(findings(text), []);
    assert.deepEqual(
      findings(text, { templateParameters: { Port: '70000' } }).map((f) => f.split(':')[0]),
      ['value-out-of-range'],
    );
  });

  test("the configuration file's parameter values replace AllowedValues and Default", () => {
    const text = listener('      Protocol: !Ref Proto\n      Port: 443', PROTO);
    assert.deepEqual(findings(text, { templateParameters: { Proto: 'HTTP' } }), []);
    assert.equal(findings(text, { templateParameters: { Proto: 'HTTPS' } }).length, 1);
  });

  test('one condition takes the same branch across a resource', () => {
    const head = `${PROTO}\nConditions:\n  Tls: !Equals [!Ref Proto, HTTPS]`;
    const text = listener(
      [
        '      Protocol: !If [Tls, HTTPS, HTTP]',
        '      Port: 443',
        '      Certificates: !If [Tls, [{CertificateArn: "arn:aws:acm:us-west-2:123456789012:certificate/3dcb0a41-bd72-4774-9ad9-756919c40557"}], !Ref AWS::NoValue]',
        '      SslPolicy: !If [Tls, ELBSecurityPolicy-TLS13-1-2-2021-06, !Ref AWS::NoValue]',
      ].join('\n'),
      head,
    );
    assert.deepEqual(findings(text), []);
  });

  test("a condition or parameter of what a resource reads of another is the resource's case too", () => {
    // The rule reads its listener's protocol; the listener's is an Fn::If, so the rule is checked in
    // both branches, and an authentication action is wrong in the one where the protocol is HTTP.
    const rule = (listenerArn: string): string =>
      [
        '  Login:',
        '    Type: AWS::ElasticLoadBalancingV2::ListenerRule',
        '    Properties:',
        `      ListenerArn: ${listenerArn}`,
        '      Priority: 1',
        '      Conditions: [{Field: path-pattern, PathPatternConfig: {Values: [/app/*]}}]',
        '      Actions:',
        '        - Type: authenticate-cognito',
        '          Order: 1',
        '          AuthenticateCognitoConfig:',
        '            UserPoolArn: arn:aws:cognito-idp:us-west-2:123456789012:userpool/us-west-2_abcdefghi',
        '            UserPoolClientId: client',
        '            UserPoolDomain: login',
        '        - {Type: fixed-response, Order: 2, FixedResponseConfig: {StatusCode: "200"}}',
      ].join('\n');
    const head = `${PROTO}\nConditions:\n  Tls: !Equals [!Ref Proto, HTTPS]`;
    const listenerProperties = [
      '      Protocol: !If [Tls, HTTPS, HTTP]',
      '      Port: 443',
      '      Certificates: !If [Tls, [{CertificateArn: "arn:aws:acm:us-west-2:123456789012:certificate/3dcb0a41-bd72-4774-9ad9-756919c40557"}], !Ref AWS::NoValue]',
    ].join('\n');
    const wanted = [
      "authentication-requires-https: The `authenticate-cognito` action runs only on an HTTPS listener, but this rule's listener has protocol `HTTP`. Use `Protocol: HTTPS` (with a certificate) on the listener, or remove this action. (when parameter `Proto` is `HTTP`)",
    ];
    for (const arn of ['!Ref Web', '!GetAtt Web.ListenerArn'])
      assert.deepEqual(findings(`${listener(listenerProperties, head)}${rule(arn)}\n`), wanted, arn);
    // Both branches HTTPS: nothing to say.
    const secure = listenerProperties
      .replace('!If [Tls, HTTPS, HTTP]', '!If [Tls, HTTPS, HTTPS]')
      .replace(
        '!Ref AWS::NoValue]',
        '[{CertificateArn: "arn:aws:acm:us-west-2:123456789012:certificate/3dcb0a41-bd72-4774-9ad9-756919c40557"}]]',
      );
    assert.deepEqual(findings(`${listener(secure, head)}${rule('!Ref Web')}\n`), []);
  });

  test('Fn::FindInMap with known keys, and Fn::Sub without variables, are known values', () => {
    const head = 'Mappings:\n  Ports:\n    web: {https: 70000}';
    assert.deepEqual(
      findings(listener('      Protocol: !Sub HTTP\n      Port: !FindInMap [Ports, web, https]', head)).map(
        (f) => f.split(':')[0],
      ),
      ['value-out-of-range'],
    );
  });

  test('imports, attributes of other resources and Fn::Sub with variables are never called wrong', () => {
    const text = listener(
      [
        '      Protocol: !ImportValue shared-protocol',
        '      Port: !GetAtt Other.Port',
        '      SslPolicy: !Sub "${AWS::StackName}-policy"',
      ].join('\n'),
    ).replace(
      'Resources:\n',
      'Resources:\n  Other: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: x}}\n',
    );
    assert.deepEqual(findings(text), []);
  });
});
