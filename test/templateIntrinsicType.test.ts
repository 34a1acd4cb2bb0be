// template-intrinsic-type: a `Ref`, `Fn::GetAtt` or list function whose value is a list where the
// property takes one value, or one value where it takes a list. Only what the template tells is
// judged; a value the scenarios know is wrong-type's, on the resource's view.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../server/src/service/languageService';
import { networkLoadBalancer } from './support/templates';

/** The findings of the given rules, each as the text it is on and its message. */
function findings(text: string, rules = ['template-intrinsic-type']): string[] {
  return createLanguageService()
    .check({ text, syntax: 'yaml', named: false })
    .findings.filter((f) => rules.includes(f.ruleId))
    .map((f) => `${text.slice(f.start, f.end)} => ${f.ruleId}: ${f.message}`);
}

function template(resources: string, head = ''): string {
  return ['AWSTemplateFormatVersion: "2010-09-09"', head, 'Resources:', resources, ''].join('\n');
}

const loadBalancer = networkLoadBalancer;

const STACK =
  '  Network:\n    Type: AWS::CloudFormation::Stack\n    Properties: {TemplateURL: https://example.com/n.yaml}';
const FIRST = loadBalancer('First', '      Subnets: [subnet-0a1b2c3d]\n      SecurityGroups: [sg-0a1b2c3d]');

describe('template-intrinsic-type', () => {
  test('a list attribute as one item of a list is a list in a list; as the whole list it is right', () => {
    assert.deepEqual(
      findings(
        template(
          `${FIRST}\n${loadBalancer('Second', '      Subnets: [subnet-0a1b2c3d]\n      SecurityGroups: [!GetAtt First.SecurityGroups]')}`,
        ),
      ),
      [
        '!GetAtt First.SecurityGroups => template-intrinsic-type: Each item of `SecurityGroups` takes one value, but `Fn::GetAtt` of `First.SecurityGroups` gives a list: a list in a list. Write it as the whole value of the property.',
      ],
    );
    assert.deepEqual(
      findings(
        template(
          `${FIRST}\n${loadBalancer('Second', '      Subnets: [subnet-0a1b2c3d]\n      SecurityGroups: !GetAtt First.SecurityGroups')}`,
        ),
      ),
      [],
    );
  });

  test("an EC2 subnet's or security group's ID attribute as the whole of a list property is one value", () => {
    const ec2 = [
      '  Guard:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: web, VpcId: vpc-0a1b2c3d}',
      '  Net:\n    Type: AWS::EC2::Subnet\n    Properties: {VpcId: vpc-0a1b2c3d, CidrBlock: 10.0.0.0/24}',
    ].join('\n');
    assert.deepEqual(
      findings(
        template(
          `${ec2}\n${loadBalancer('Lb', '      Subnets: !GetAtt Net.SubnetId\n      SecurityGroups: !GetAtt Guard.GroupId')}`,
        ),
      ),
      [
        '!GetAtt Net.SubnetId => template-intrinsic-type: `Subnets` takes a list, but `Fn::GetAtt` of `Net.SubnetId` gives one value. Write it as an item of a list.',
        '!GetAtt Guard.GroupId => template-intrinsic-type: `SecurityGroups` takes a list, but `Fn::GetAtt` of `Guard.GroupId` gives one value. Write it as an item of a list.',
      ],
    );
    assert.deepEqual(
      findings(
        template(
          `${ec2}\n${loadBalancer('Lb', '      Subnets: [!GetAtt Net.SubnetId]\n      SecurityGroups: [!GetAtt Guard.GroupId]')}`,
        ),
      ),
      [],
    );
  });

  test('one item of a list attribute picked with Fn::Select is one value', () => {
    const text = template(
      `${FIRST}\n${loadBalancer('Second', '      Subnets: [subnet-0a1b2c3d]\n      SecurityGroups: [!Select [0, !GetAtt First.SecurityGroups]]')}`,
    );
    assert.deepEqual(findings(text), []);
  });

  test("a nested stack's output is a string: wrong as a whole list, right as an item", () => {
    const whole = template(
      `${STACK}\n${loadBalancer('Web', '      Subnets: !GetAtt Network.Outputs.Subnets')}`,
    );
    assert.deepEqual(findings(whole), [
      "!GetAtt Network.Outputs.Subnets => template-intrinsic-type: `Subnets` takes a list, but `Fn::GetAtt` of `Network.Outputs.Subnets` gives one value (a nested stack's output, which is a string). Write it as an item of a list, or `!Split` it if it holds comma-separated values.",
    ]);
    const item = template(
      `${STACK}\n${loadBalancer('Web', '      Subnets: [!GetAtt Network.Outputs.Subnet]')}`,
    );
    assert.deepEqual(findings(item), []);
    const split = template(
      `${STACK}\n${loadBalancer('Web', '      Subnets: !Split [",", !GetAtt Network.Outputs.Subnets]')}`,
    );
    assert.deepEqual(findings(split), []);
  });

  test('list attributes of other resource types are known too', () => {
    const text = template(
      [
        '  Vpc:',
        '    Type: AWS::EC2::VPC',
        '    Properties: {CidrBlock: 10.0.0.0/16}',
        '  Targets:',
        '    Type: AWS::ElasticLoadBalancingV2::TargetGroup',
        '    Properties: {Protocol: TCP, Port: 80, VpcId: !GetAtt Vpc.CidrBlockAssociations}',
      ].join('\n'),
    );
    assert.deepEqual(findings(text), [
      '!GetAtt Vpc.CidrBlockAssociations => template-intrinsic-type: `VpcId` takes one value, but `Fn::GetAtt` of `Vpc.CidrBlockAssociations` gives a list. Pick one item with `!Select`.',
    ]);
  });

  test('Ref of a list parameter as an item, and of a resource as a whole list', () => {
    const head = 'Parameters:\n  Subnets: {Type: "List<AWS::EC2::Subnet::Id>"}';
    assert.deepEqual(findings(template(loadBalancer('Web', '      Subnets: [!Ref Subnets]'), head)), [
      '!Ref Subnets => template-intrinsic-type: Each item of `Subnets` takes one value, but `Ref` of `Subnets` gives a list (a parameter of type `List<AWS::EC2::Subnet::Id>`): a list in a list. Write it as the whole value of the property.',
    ]);
    assert.deepEqual(findings(template(loadBalancer('Web', '      Subnets: !Ref Subnets'), head)), []);
    const group =
      '  Group:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: web, VpcId: vpc-0a1b2c3d}';
    assert.deepEqual(
      findings(
        template(
          `${group}\n${loadBalancer('Web', '      Subnets: [subnet-0a1b2c3d]\n      SecurityGroups: !Ref Group')}`,
        ),
      ),
      [
        "!Ref Group => template-intrinsic-type: `SecurityGroups` takes a list, but `Ref` of `Group` gives one value (a resource's ID). Write it as an item of a list.",
      ],
    );
  });

  test("a parameter whose value the cases know is wrong-type's, once; one they do not know is this rule's", () => {
    const head = 'Parameters:\n  Known: {Type: String, Default: subnet-0a1b2c3d}\n  Given: {Type: String}';
    assert.deepEqual(
      findings(template(loadBalancer('Web', '      Subnets: !Ref Known'), head), [
        'template-intrinsic-type',
        'wrong-type',
      ]),
      [
        '!Ref Known => wrong-type: `Subnets` must be a list of strings, but it is the string "subnet-0a1b2c3d". (parameter `Known` = `subnet-0a1b2c3d`)',
      ],
    );
    assert.deepEqual(findings(template(loadBalancer('Web', '      Subnets: !Ref Given'), head)), [
      '!Ref Given => template-intrinsic-type: `Subnets` takes a list, but `Ref` of `Given` gives one value (a parameter of type `String`). Write it as an item of a list, or `!Split` it if it holds comma-separated values.',
    ]);
  });

  test('each branch of an Fn::If is judged', () => {
    const head =
      'Parameters:\n  Shared: {Type: String, AllowedValues: ["yes", "no"]}\nConditions:\n  UseShared: !Equals [!Ref Shared, "yes"]';
    const text = template(
      `${STACK}\n${loadBalancer('Web', '      Subnets: !If [UseShared, !GetAtt Network.Outputs.Subnets, [subnet-0a1b2c3d]]')}`,
      head,
    );
    assert.deepEqual(
      findings(text).map((f) => f.split(' => ')[0]),
      ['!GetAtt Network.Outputs.Subnets'],
    );
  });

  test('what the template does not tell is not judged: imports, custom resources, attributes of other types', () => {
    const text = template(
      [
        '  Custom:',
        '    Type: Custom::Lookup',
        '    Properties: {ServiceToken: arn:aws:lambda:us-west-2:123456789012:function:lookup}',
        '  Network:',
        '    Type: AWS::EC2::VPC',
        '    Properties: {CidrBlock: 10.0.0.0/16}',
        loadBalancer(
          'Web',
          '      Subnets: !GetAtt Custom.Subnets\n      SecurityGroups: !GetAtt Network.CidrBlock\n      IpAddressType: !ImportValue address-type',
        ),
        loadBalancer('Other', '      Subnets: !ImportValue shared-subnets'),
      ].join('\n'),
    );
    assert.deepEqual(findings(text), []);
  });
});
