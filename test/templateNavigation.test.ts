// Go to definition and find references in CloudFormation templates, through the language service:
// logical IDs, conditions and mappings in YAML (short forms) and JSON (long forms), with LF and
// CRLF line endings. Each range is shown as its line with the range in brackets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, type NameRange, type Syntax } from '../server/src/service/languageService';

const service = createLanguageService();
const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const;

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Description: 🚀 web tier
Parameters:
  CertArn:
    Type: String
  Env:
    Type: String
    AllowedValues: [prod, dev]
Mappings:
  Ports:
    prod: { Http: 80 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  HasCert: !And [!Condition IsProd, !Not [!Equals [!Ref CertArn, '']]]
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Name: !Sub '\${AWS::StackName}-\${Env}'
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: !FindInMap [Ports, !Ref Env, Http]
      Protocol: HTTP
      VpcId: vpc-123
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Condition: HasCert
    DependsOn: Tg
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 443
      Protocol: HTTPS
      Certificates:
        - CertificateArn: !Ref CertArn
      DefaultActions:
        - Type: forward
          TargetGroupArn: !If [IsProd, !Ref Tg, !GetAtt [Tg, TargetGroupArn]]
  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Https
      Priority: 1
      Conditions:
        - Field: host-header
          Values: [!Sub '\${Lb.DNSName}', !Sub ['\${Name}.\${ Env }', { Name: !Ref Env }], '\${Lb}']
      Actions:
        - Type: forward
          TargetGroupArn: !GetAtt Tg.TargetGroupArn
Outputs:
  Dns:
    Value: !GetAtt Lb.DNSName
    Condition: IsProd
`;

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": { "Env": { "Type": "String" } },
  "Mappings": { "Ports": { "prod": { "Http": 80 } } },
  "Conditions": {
    "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] },
    "IsDev": { "Fn::Not": [{ "Condition": "IsProd" }] }
  },
  "Resources": {
    "Tg": {
      "Type": "AWS::ElasticLoadBalancingV2::TargetGroup",
      "Properties": {
        "Port": { "Fn::FindInMap": ["Ports", { "Ref": "Env" }, "Http"] },
        "Protocol": "HTTP",
        "VpcId": "vpc-123",
        "Name": { "Fn::Sub": "\${Env}-tg" }
      }
    },
    "Lb": {
      "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
      "Condition": "IsProd"
    },
    "Http": {
      "Type": "AWS::ElasticLoadBalancingV2::Listener",
      "Condition": "IsProd",
      "Properties": {
        "LoadBalancerArn": { "Ref": "Lb" },
        "Port": 80,
        "Protocol": "HTTP",
        "DefaultActions": [
          { "Type": "forward", "TargetGroupArn": { "Fn::If": ["IsProd", { "Fn::GetAtt": "Tg.TargetGroupArn" }, { "Ref": "AWS::NoValue" }] } }
        ]
      }
    }
  },
  "Outputs": { "Dns": { "Value": { "Fn::GetAtt": ["Lb", "DNSName"] } } }
}
`;

/** The text with `$0` taken out, and the offset where it was; `needle` is a line fragment with `$0`. */
function cursor(text: string, needle: string, occurrence = 0): number {
  const plain = needle.replace('$0', '');
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(plain, at + 1);
    assert.ok(at >= 0, `no ${plain} (${i + 1}) in the document`);
  }
  return at + needle.indexOf('$0');
}

/** Each range as its line, trimmed, with the range in brackets. */
function shown(text: string, ranges: readonly NameRange[]): string[] {
  return ranges.map(({ start, end }) => {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const from = start - lineStart;
    const to = end - lineStart;
    return `${line.slice(0, from)}[${line.slice(from, to)}]${line.slice(to)}`.trim();
  });
}

function navigator(source: string, syntax: Syntax, eol: string) {
  const text = source.replace(/\r?\n/g, eol);
  const analysis = service.check({ text, syntax, named: false });
  return {
    definition: (needle: string, occurrence = 0): string[] =>
      shown(text, service.definition(analysis, cursor(text, needle, occurrence))),
    references: (needle: string, includeDeclaration = true, occurrence = 0): string[] =>
      shown(text, service.references(analysis, cursor(text, needle, occurrence), includeDeclaration)),
  };
}

for (const [eolName, eol] of EOLS) {
  describe(`template navigation, YAML (${eolName})`, () => {
    const nav = navigator(YAML, 'yaml', eol);

    test('!Ref of a resource goes to its key under Resources', () => {
      assert.deepEqual(nav.definition('LoadBalancerArn: !Ref L$0b'), ['[Lb]:']);
      // A cursor just past the name is still on it.
      assert.deepEqual(nav.definition('LoadBalancerArn: !Ref Lb$0'), ['[Lb]:']);
    });

    test('!Ref of a parameter goes to its key under Parameters', () => {
      assert.deepEqual(nav.definition('CertificateArn: !Ref $0CertArn'), ['[CertArn]:']);
    });

    test('!GetAtt, array and Id.Attr forms: the logical ID part only', () => {
      assert.deepEqual(nav.definition('!GetAtt [T$0g, TargetGroupArn]'), ['[Tg]:']);
      assert.deepEqual(nav.definition('TargetGroupArn: !GetAtt T$0g.TargetGroupArn'), ['[Tg]:']);
      assert.deepEqual(nav.definition('Value: !GetAtt L$0b.DNSName'), ['[Lb]:']);
      // On the attribute: no name there.
      assert.deepEqual(nav.definition('Value: !GetAtt Lb.DNS$0Name'), []);
    });

    test('!Sub variables: ${Name}, ${Name.Attr}, with spaces; not its own variables nor pseudo parameters', () => {
      assert.deepEqual(nav.definition("!Sub '${L$0b.DNSName}'"), ['[Lb]:']);
      assert.deepEqual(nav.definition('-${E$0nv}'), ['[Env]:']);
      assert.deepEqual(nav.definition('.${ E$0nv }'), ['[Env]:']);
      assert.deepEqual(nav.definition("['${Na$0me}"), []);
      assert.deepEqual(nav.definition('${AWS::Stack$0Name}'), []);
      // A plain string is no Sub: `${Lb}` there names nothing.
      assert.deepEqual(nav.definition("'${L$0b}']"), []);
    });

    test('conditions: Fn::If, a resource or output Condition, Condition inside Conditions', () => {
      assert.deepEqual(nav.definition('!If [IsP$0rod'), ['[IsProd]: !Equals [!Ref Env, prod]']);
      assert.deepEqual(nav.definition('Condition: Has$0Cert'), [
        "[HasCert]: !And [!Condition IsProd, !Not [!Equals [!Ref CertArn, '']]]",
      ]);
      assert.deepEqual(nav.definition('!Condition IsP$0rod'), ['[IsProd]: !Equals [!Ref Env, prod]']);
    });

    test('!FindInMap goes to the mapping; DependsOn to the resource', () => {
      assert.deepEqual(nav.definition('!FindInMap [Po$0rts'), ['[Ports]:']);
      assert.deepEqual(nav.definition('DependsOn: T$0g'), ['[Tg]:']);
    });

    test('a declaration goes to itself; an unknown or pseudo name goes nowhere', () => {
      assert.deepEqual(nav.definition('  H$0ttps:'), ['[Https]:']);
      assert.deepEqual(nav.definition('Protocol: HT$0TPS'), []);
    });

    test('references of a resource: every form, from a use or from the declaration', () => {
      const all = [
        '[Tg]:',
        'DependsOn: [Tg]',
        'TargetGroupArn: !If [IsProd, !Ref [Tg], !GetAtt [Tg, TargetGroupArn]]',
        'TargetGroupArn: !If [IsProd, !Ref Tg, !GetAtt [[Tg], TargetGroupArn]]',
        'TargetGroupArn: !GetAtt [Tg].TargetGroupArn',
      ];
      assert.deepEqual(nav.references('  T$0g:'), all);
      assert.deepEqual(nav.references('!Ref T$0g'), all);
      assert.deepEqual(nav.references('!GetAtt T$0g.'), all);
      assert.deepEqual(nav.references('!Ref T$0g', false), all.slice(1));
    });

    test('references of a parameter include Sub variables and uses inside Conditions', () => {
      assert.deepEqual(nav.references('  E$0nv:'), [
        '[Env]:',
        'IsProd: !Equals [!Ref [Env], prod]',
        "Name: !Sub '${AWS::StackName}-${[Env]}'",
        'Port: !FindInMap [Ports, !Ref [Env], Http]',
        "Values: [!Sub '${Lb.DNSName}', !Sub ['${Name}.${ [Env] }', { Name: !Ref Env }], '${Lb}']",
        "Values: [!Sub '${Lb.DNSName}', !Sub ['${Name}.${ Env }', { Name: !Ref [Env] }], '${Lb}']",
      ]);
    });

    test('references of a condition', () => {
      assert.deepEqual(nav.references('  IsP$0rod:', false), [
        "HasCert: !And [!Condition [IsProd], !Not [!Equals [!Ref CertArn, '']]]",
        'TargetGroupArn: !If [[IsProd], !Ref Tg, !GetAtt [Tg, TargetGroupArn]]',
        'Condition: [IsProd]',
      ]);
    });

    test('references of a mapping', () => {
      assert.deepEqual(nav.references('  Po$0rts:'), [
        '[Ports]:',
        'Port: !FindInMap [[Ports], !Ref Env, Http]',
      ]);
    });
  });

  describe(`template navigation, JSON (${eolName})`, () => {
    const nav = navigator(JSON_TEMPLATE, 'json', eol);

    test('Ref, Fn::GetAtt (both forms) and Fn::Sub go to the key, without its quotes', () => {
      assert.deepEqual(nav.definition('"LoadBalancerArn": { "Ref": "L$0b"'), ['"[Lb]": {']);
      assert.deepEqual(nav.definition('"Fn::GetAtt": "T$0g.TargetGroupArn"'), ['"[Tg]": {']);
      assert.deepEqual(nav.definition('"Fn::GetAtt": ["L$0b"'), ['"[Lb]": {']);
      assert.deepEqual(nav.definition('"${E$0nv}-tg"'), ['"Parameters": { "[Env]": { "Type": "String" } },']);
    });

    test('conditions and mappings', () => {
      assert.deepEqual(nav.definition('"Fn::If": ["IsP$0rod"'), [
        '"[IsProd]": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] },',
      ]);
      assert.deepEqual(nav.definition('{ "Condition": "IsP$0rod" }'), [
        '"[IsProd]": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] },',
      ]);
      assert.deepEqual(nav.definition('"Fn::FindInMap": ["Por$0ts"'), [
        '"Mappings": { "[Ports]": { "prod": { "Http": 80 } } },',
      ]);
      assert.deepEqual(nav.definition('{ "Ref": "AWS::No$0Value" }'), []);
    });

    test('references of a condition and of a resource', () => {
      assert.deepEqual(nav.references('"Condition": "IsP$0rod"', false, 1), [
        '"IsDev": { "Fn::Not": [{ "Condition": "[IsProd]" }] }',
        '"Condition": "[IsProd]"',
        '"Condition": "[IsProd]",',
        '{ "Type": "forward", "TargetGroupArn": { "Fn::If": ["[IsProd]", { "Fn::GetAtt": "Tg.TargetGroupArn" }, { "Ref": "AWS::NoValue" }] } }',
      ]);
      assert.deepEqual(nav.references('"L$0b": {'), [
        '"[Lb]": {',
        '"LoadBalancerArn": { "Ref": "[Lb]" },',
        '"Outputs": { "Dns": { "Value": { "Fn::GetAtt": ["[Lb]", "DNSName"] } } }',
      ]);
    });
  });
}

test('an API document has no names to follow', () => {
  const text =
    'LoadBalancerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/lb/1\nProtocol: HTTP\nPort: 80\n';
  const analysis = service.check({ text, syntax: 'yaml', named: true });
  assert.deepEqual(service.definition(analysis, 3), []);
  assert.deepEqual(service.references(analysis, 3, true), []);
});
