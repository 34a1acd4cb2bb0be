// Hover in CloudFormation templates through the language service: documents with a `$0` cursor,
// in YAML and JSON, with LF and CRLF line endings. Each test names the hovered text and parts of
// its Markdown.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, type Syntax } from '../server/src/service/languageService';

const service = createLanguageService();
const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const;

function hoverAt(source: string, syntax: Syntax, eol: string): { covered: string; markdown: string } {
  const text0 = source.replace(/\r?\n/g, eol);
  const offset = text0.indexOf('$0');
  assert.ok(offset >= 0, 'the document needs a $0 cursor');
  const text = text0.replace('$0', '');
  const analysis = service.check({ text, syntax, named: false });
  assert.equal(analysis.kind?.kind, 'cloudformation-template');
  const h = service.hover(analysis, offset);
  assert.ok(h, 'expected a hover');
  return { covered: text.slice(h.start, h.end), markdown: h.markdown };
}

function assertIncludes(markdown: string, parts: readonly string[]): void {
  for (const part of parts)
    assert.ok(markdown.includes(part), `missing ${JSON.stringify(part)} in:\n${markdown}`);
}

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  ListenerProtocol:
    Type: String
    Default: HTTPS
    AllowedValues: [HTTP, HTTPS]
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listen$0er
    Properties:
      LoadBalancerArn: !Ref Lb
      Protocol: !Ref ListenerProtocol
      Po$0rt: 80
      DefaultActions:
        - Type: fixed-response
          FixedResponseConfig:
            Status$0Code: '200'
`;

/** The YAML document with only the `n`-th of its cursors kept. */
function nth(doc: string, n: number): string {
  let i = -1;
  return doc.replace(/\$0/g, () => (++i === n ? '$0' : ''));
}

for (const [eolName, eol] of EOLS) {
  describe(`template hover: YAML (${eolName})`, () => {
    test('a resource Type shows the resource documentation and its attributes', () => {
      const { covered, markdown } = hoverAt(nth(YAML, 0), 'yaml', eol);
      assert.equal(covered, 'AWS::ElasticLoadBalancingV2::Listener');
      assertIncludes(markdown, [
        '### `AWS::ElasticLoadBalancingV2::Listener`',
        '`Fn::GetAtt` attributes',
        '`ListenerArn`',
      ]);
    });

    test('a property key shows the schema doc and the API member facts', () => {
      const { covered, markdown } = hoverAt(nth(YAML, 1), 'yaml', eol);
      assert.equal(covered, 'Port');
      assertIncludes(markdown, [
        '### `Port` · Integer',
        '*Property of `AWS::ElasticLoadBalancingV2::Listener`.*',
        '(`CreateListener`)',
        '- **Range:** 1–65535',
        '*Member of `CreateListenerInput`.*',
      ]);
    });

    test('a nested property shows its API structure and where it applies', () => {
      const { covered, markdown } = hoverAt(nth(YAML, 2), 'yaml', eol);
      assert.equal(covered, 'StatusCode');
      assertIncludes(markdown, [
        '### `StatusCode` · String · required',
        '`fixed-response` actions',
        '*Member of `FixedResponseActionConfig`.*',
      ]);
    });

    test('a !Ref to a parameter shows its value, allowed values and declaration', () => {
      const doc = YAML.replace(/\$0/g, '').replace('!Ref ListenerProtocol', '!Ref Listener$0Protocol');
      const { covered, markdown } = hoverAt(doc, 'yaml', eol);
      assert.equal(covered, 'ListenerProtocol');
      assertIncludes(markdown, [
        '### Parameter `ListenerProtocol` · String',
        '- **Value:** `HTTPS` (its `Default`)',
        '- **Allowed values:** `HTTP`, `HTTPS`',
        '- **Declared:** line 3, under `Parameters`',
      ]);
    });

    test('a value of a property is explained as the API value', () => {
      const doc = YAML.replace(/\$0/g, '').replace('fixed-response', 'fixed-$0response');
      const { covered, markdown } = hoverAt(doc, 'yaml', eol);
      assert.equal(covered, 'fixed-response');
      assertIncludes(markdown, ['**`fixed-response`**', '*Member of `Action`.*']);
    });
  });

  describe(`template hover: JSON (${eolName})`, () => {
    const JSON_DOC = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": {"Port": {"Type": "Number"}},
  "Resources": {
    "Tg": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {"Health$0CheckPath": "/", "Port": {"Ref": "Po$0rt"}}}
  }
}`;
    test('a property key', () => {
      const { covered, markdown } = hoverAt(nth(JSON_DOC, 0), 'json', eol);
      assert.equal(covered, '"HealthCheckPath"');
      assertIncludes(markdown, ['### `HealthCheckPath` · String', '*Member of `CreateTargetGroupInput`.*']);
    });
    test('a Ref to a parameter without a Default', () => {
      const { covered, markdown } = hoverAt(nth(JSON_DOC, 1), 'json', eol);
      assert.equal(covered, '"Port"');
      assertIncludes(markdown, [
        '### Parameter `Port` · Number',
        'no `Default`',
        'line 3, under `Parameters`',
      ]);
    });
  });
}
