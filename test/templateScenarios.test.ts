// The scenarios a template resource is checked in (template/checked.ts): its properties and its
// attribute list each in the cases of what they use, and in those of what they read of the
// resources they refer to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYaml } from '../server/src/service/syntax/parseYaml';
import { isObject } from '../server/src/service/syntax/tree';
import { CheckedTemplate } from '../server/src/service/template/checked';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Stage: {Type: String, AllowedValues: [dev, test, live]}
  Sticky: {Type: String, AllowedValues: ['true', 'false']}
  Proto: {Type: String, AllowedValues: [HTTP, HTTPS]}
Conditions:
  UseStickiness: !Equals [!Ref Sticky, 'true']
Resources:
  Group:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Protocol: HTTP
      Port: 80
      VpcId: vpc-0a1b2c3d
      Tags: [{Key: stage, Value: !Ref Stage}]
      TargetGroupAttributes:
        - {Key: stickiness.enabled, Value: !If [UseStickiness, 'true', 'false']}
  Plain:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: {Protocol: !Ref Proto, Port: 80, VpcId: vpc-0a1b2c3d}
  Owned:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Protocol: !Ref Proto
      Port: 80
      VpcId: vpc-0a1b2c3d
      TargetGroupAttributes: [{Key: deregistration_delay.timeout_seconds, Value: '30'}]
`;

function checked(): CheckedTemplate {
  const root = parseYaml(TEMPLATE).root;
  assert.ok(isObject(root));
  return new CheckedTemplate(root);
}

function counts(id: string): { all: number; properties: number; attributes: number } {
  const template = checked();
  const resource = template.template.resources.get(id);
  assert.ok(resource, id);
  return {
    all: template.scenariosOf(resource).length,
    properties: template.scenariosOf(resource, 'properties').length,
    attributes: template.scenariosOf(resource, 'attributes').length,
  };
}

test("a tag's parameter and an attribute's condition do not multiply each other's checks", () => {
  assert.deepEqual(counts('Group'), { all: 6, properties: 3, attributes: 2 });
});

test('a resource without an attribute list has no attribute scenarios', () => {
  assert.deepEqual(counts('Plain'), { all: 2, properties: 2, attributes: 0 });
});

test("the attribute list is checked in the cases of what its owner's facts read (the protocol)", () => {
  assert.deepEqual(counts('Owned'), { all: 2, properties: 2, attributes: 2 });
});
