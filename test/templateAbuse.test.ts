// Bad templates get a clear finding and nothing else breaks (issue 12, "What must hold"): an Fn::If
// on a missing condition, conditions that refer to each other in a ring, an Fn::FindInMap on a
// missing map, intrinsic functions nested 10,000 deep, and a 10 MB template.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../server/src/service/languageService';

const service = createLanguageService();

function check(
  text: string,
  syntax: 'yaml' | 'json' = 'yaml',
): { kind?: string; ids: string[]; messages: string[] } {
  const analysis = service.check({ text, syntax, named: false });
  const kind = analysis.kind?.kind;
  return {
    ...(kind ? { kind } : {}),
    ids: analysis.findings.map((f) => f.ruleId),
    messages: analysis.findings.map((f) => f.message),
  };
}

function targetGroup(properties: string, head = ''): string {
  return `AWSTemplateFormatVersion: "2010-09-09"\n${head}\nResources:\n  Targets:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      VpcId: vpc-0a1b2c3d\n${properties}\n`;
}

describe('bad templates', () => {
  test('an Fn::If on a missing condition', () => {
    const result = check(targetGroup('      Protocol: HTTP\n      Port: !If [Missing, 80, 8080]'));
    assert.deepEqual(result.ids, ['template-condition']);
    assert.match(result.messages[0] ?? '', /`Missing` is not a condition/);
  });

  test('conditions that refer to each other in a ring', () => {
    const head = 'Conditions:\n  A: !Condition B\n  B: !Not [!Condition A]';
    const result = check(targetGroup('      Protocol: HTTP\n      Port: !If [A, 80, 8080]', head));
    assert.deepEqual(result.ids, ['template-condition']);
    assert.match(result.messages[0] ?? '', /depends on itself/);
  });

  test('a YAML error after many short-form tags is reported', () => {
    // The tags once counted with the parser's errors: past five, the real error went into the
    // count of errors not listed, which a template drops with the tags.
    const refs = Array.from({ length: 8 }, (_, i) => `      Tag${i}: !Ref AWS::Region\n      Other${i}: 1`);
    const text = `${targetGroup(`      Protocol: HTTP\n      Port: 80\n${refs.join('\n')}`)}  Broken:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties: {Port: 80\n`;
    const result = check(text);
    assert.ok(result.ids.includes('yaml-syntax'), result.ids.join(', '));
    assert.match(result.messages[result.ids.indexOf('yaml-syntax')] ?? '', /Flow map/);
  });

  test('an Fn::FindInMap on a missing map', () => {
    const result = check(targetGroup('      Protocol: HTTP\n      Port: !FindInMap [Ports, web, http]'));
    assert.deepEqual(result.ids, ['template-mapping']);
  });

  test('intrinsic functions nested 10,000 deep, in YAML and in JSON', () => {
    const yaml = targetGroup(
      `      Protocol: HTTP\n      Port: ${'!If [C, '.repeat(10_000)}80${', 1]'.repeat(10_000)}`,
    );
    const fromYaml = check(yaml);
    assert.equal(fromYaml.kind, 'cloudformation-template');
    assert.ok(fromYaml.ids.includes('document-too-complex'), fromYaml.ids.join(', '));
    const json = `{"Resources": {"T": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {"Port": ${'{"Fn::If": ["C", '.repeat(10_000)}80${', 1]}'.repeat(10_000)}}}}}`;
    const fromJson = check(json, 'json');
    assert.ok(fromJson.ids.includes('document-too-complex'), fromJson.ids.join(', '));
  });

  test('a 10 MB template: checked, or refused with a finding that says why', () => {
    const parts = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      const resource = `  Targets${i}:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      Protocol: HTTP\n      Port: ${i === 7 ? 70000 : 80}\n      VpcId: vpc-0a1b2c3d\n      HealthCheckPath: /health/${'x'.repeat(40)}`;
      parts.push(resource);
      size += resource.length + 1;
    }
    const result = check(parts.join('\n'));
    assert.equal(result.kind, 'cloudformation-template');
    assert.ok(
      result.ids.includes('value-out-of-range') || result.ids.includes('document-too-complex'),
      result.ids.slice(0, 5).join(', '),
    );
  });
});
