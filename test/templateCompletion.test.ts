// Completion in CloudFormation templates: documents with a `$0` cursor, in YAML and JSON, with LF
// and CRLF line endings; each test names labels that must (or must not) be offered and, for some,
// the document after applying one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { complete } from '../server/src/service/completion/complete';
import type { CompletionEntry } from '../server/src/service/completion/completionEntry';

type Syntax = 'yaml' | 'json';
const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const;

function completeAt(doc: string, syntax: Syntax, eol: string): { text: string; entries: CompletionEntry[] } {
  const withEol = doc.replace(/\r?\n/g, eol);
  const offset = withEol.indexOf('$0');
  assert.ok(offset >= 0, 'the document needs a $0 cursor');
  const text = withEol.slice(0, offset) + withEol.slice(offset + 2);
  return { text, entries: complete(text, syntax, offset, false) };
}

function labels(doc: string, syntax: Syntax, eol: string): string[] {
  return completeAt(doc, syntax, eol).entries.map((e) => e.label);
}

function applied(doc: string, syntax: Syntax, eol: string, label: string): string {
  const { text, entries } = completeAt(doc, syntax, eol);
  const entry = entries.find((e) => e.label === label);
  assert.ok(entry, `no ${label} among ${entries.map((e) => e.label).join(', ')}`);
  const insert = entry.insertText.replace(/\$\{\d+\|([^,|}]*)[^}]*\}|\$\{\d+:([^}]*)\}|\$\d+/g, '$1$2');
  return text.slice(0, entry.replaceStart) + insert + text.slice(entry.replaceEnd);
}

const HEAD = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  TgParam:
    Type: String
Resources:
  Nlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: network
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 80
`;

for (const [eolName, eol] of EOLS) {
  describe(`template completion: YAML (${eolName})`, () => {
    test('resource types after Type:', () => {
      const doc = `${HEAD}  Listener:\n    Type: $0\n`;
      const found = labels(doc, 'yaml', eol);
      assert.equal(found.length, 7);
      assert.ok(found.includes('AWS::ElasticLoadBalancingV2::ListenerRule'));
      assert.equal(
        applied(doc, 'yaml', eol, 'AWS::ElasticLoadBalancingV2::Listener'),
        `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n`.replace(/\n/g, eol),
      );
    });

    test('property names of a resource, present ones left out, required ones first', () => {
      const doc = `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Port: 80\n      $0\n`;
      const { entries } = completeAt(doc, 'yaml', eol);
      const names = entries.map((e) => e.label);
      assert.ok(names.includes('DefaultActions') && names.includes('ListenerAttributes'));
      assert.ok(!names.includes('Port'));
      const required = entries.find((e) => e.label === 'LoadBalancerArn');
      assert.equal(required?.detail, 'String, required');
      assert.ok((required?.sortText ?? '').startsWith('0'));
      assert.ok(entries.find((e) => e.label === 'SslPolicy')?.sortText?.startsWith('1'));
      assert.ok(required?.documentation, 'the schema documentation');
    });

    test('property names of a nested object (an action of a listener rule)', () => {
      const doc = `${HEAD}  Rule:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      Actions:\n        - Type: redirect\n          $0\n`;
      const names = labels(doc, 'yaml', eol);
      assert.ok(names.includes('RedirectConfig') && names.includes('Order'));
      assert.ok(!names.includes('Type'));
    });

    test('a listener of a network load balancer resource is offered its protocols', () => {
      const doc = `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Nlb\n      Protocol: $0\n`;
      const names = labels(doc, 'yaml', eol);
      assert.ok(names.includes('TCP') && names.includes('TLS') && names.includes('UDP'));
      assert.ok(!names.includes('HTTP') && !names.includes('HTTPS'));
    });

    test('a listener of an application load balancer resource (no Type) is offered HTTP and HTTPS', () => {
      const doc = `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Alb\n      Protocol: $0\n`;
      assert.deepEqual(labels(doc, 'yaml', eol).sort(), ['HTTP', 'HTTPS']);
    });

    test('a network load balancer listener only forwards', () => {
      const doc = `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Nlb\n      DefaultActions:\n        - Type: $0\n`;
      assert.deepEqual(labels(doc, 'yaml', eol), ['forward']);
    });

    test('!Ref in a TargetGroupArn offers target groups and parameters', () => {
      const doc = `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref T$0\n`;
      assert.deepEqual(labels(doc, 'yaml', eol), ['Tg', 'TgParam']);
      assert.equal(
        applied(doc, 'yaml', eol, 'Tg'),
        `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref Tg\n`.replace(
          /\n/g,
          eol,
        ),
      );
    });

    test('!Ref in a LoadBalancerArn offers load balancers', () => {
      const doc = `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref $0\n`;
      assert.deepEqual(labels(doc, 'yaml', eol), ['Nlb', 'Alb', 'TgParam']);
    });

    test('Ref: in block form offers listeners for a ListenerArn', () => {
      const doc = `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n  Rule:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn:\n        Ref: $0\n`;
      assert.deepEqual(labels(doc, 'yaml', eol), ['Listener', 'TgParam']);
    });

    test('!GetAtt Id. offers the resource attributes', () => {
      const doc = `${HEAD}  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !GetAtt Nlb.$0\n`;
      const names = labels(doc, 'yaml', eol);
      assert.ok(names.includes('LoadBalancerArn') && names.includes('DNSName'));
      assert.ok(applied(doc, 'yaml', eol, 'DNSName').includes('!GetAtt Nlb.DNSName'));
    });
  });

  describe(`template completion: JSON (${eolName})`, () => {
    const JSON_HEAD = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Nlb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"Type": "network"}},
    "Tg": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup"},`;

    test('resource types after "Type":', () => {
      const doc = `${JSON_HEAD}\n    "L": {"Type": "$0"}\n  }\n}`;
      assert.ok(labels(doc, 'json', eol).includes('AWS::ElasticLoadBalancingV2::TrustStore'));
      assert.ok(
        applied(doc, 'json', eol, 'AWS::ElasticLoadBalancingV2::Listener').includes(
          '"Type": "AWS::ElasticLoadBalancingV2::Listener"',
        ),
      );
    });

    test('property names', () => {
      const doc = `${JSON_HEAD}\n    "L": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {"Port": 80, $0}}\n  }\n}`;
      const names = labels(doc, 'json', eol);
      assert.ok(names.includes('Protocol') && names.includes('DefaultActions') && !names.includes('Port'));
      assert.ok(applied(doc, 'json', eol, 'Protocol').includes('"Port": 80, "Protocol": ""'));
    });

    test('protocols narrowed by the load balancer resource', () => {
      const doc = `${JSON_HEAD}\n    "L": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {"LoadBalancerArn": {"Ref": "Nlb"}, "Protocol": "$0"}}\n  }\n}`;
      const names = labels(doc, 'json', eol);
      assert.ok(names.includes('TCP') && !names.includes('HTTP'));
    });

    test('"Ref" offers the resources that fit, "Fn::GetAtt" the attributes', () => {
      const ref = `${JSON_HEAD}\n    "L": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {"LoadBalancerArn": {"Ref": "$0"}}}\n  }\n}`;
      assert.deepEqual(labels(ref, 'json', eol), ['Nlb']);
      assert.ok(applied(ref, 'json', eol, 'Nlb').includes('{"Ref": "Nlb"}'));
      const getAtt = `${JSON_HEAD}\n    "L": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {"LoadBalancerArn": {"Fn::GetAtt": ["Nlb", "$0"]}}}\n  }\n}`;
      assert.ok(labels(getAtt, 'json', eol).includes('LoadBalancerFullName'));
    });
  });
}

describe('template completion: API documents keep theirs', () => {
  test('a CreateListener request is not read as a template', () => {
    const names = labels('Protocol: HTTP\n$0\n', 'yaml', '\n');
    assert.ok(names.includes('LoadBalancerArn') && names.includes('DefaultActions'));
  });
});
