// invalid-ec2-id: subnet, security-group and VPC IDs in API documents and templates. In a template,
// what is known is judged (a literal, a parameter's value, a branch a condition takes, `Ref` of a
// subnet, VPC or security group of the template) and nothing else: an import, another resource's
// attribute, a parameter CloudFormation checks itself.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, type LanguageServiceOptions } from '../server/src/service/languageService';
import { isEc2Id } from '../server/src/service/model/facts';
import { networkLoadBalancer } from './support/templates';

function found(
  text: string,
  options: LanguageServiceOptions = {},
  syntax: 'yaml' | 'json' = 'yaml',
): string[] {
  return createLanguageService(options)
    .check({ text, syntax, named: false })
    .findings.map((f) => `${f.ruleId}: ${f.message}`);
}

/** The invalid-ec2-id findings, each as the text it is on and its message. */
function ec2(text: string, options: LanguageServiceOptions = {}): string[] {
  return createLanguageService(options)
    .check({ text, syntax: 'yaml', named: false })
    .findings.filter((f) => f.ruleId === 'invalid-ec2-id')
    .map((f) => `${text.slice(f.start, f.end)} => ${f.message}`);
}

function template(parts: { parameters?: string; conditions?: string; resources: string }): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    ...(parts.parameters ? ['Parameters:', parts.parameters] : []),
    ...(parts.conditions ? ['Conditions:', parts.conditions] : []),
    'Resources:',
    parts.resources,
    '',
  ].join('\n');
}

/** A network load balancer (no zone count to meet) with the given properties. */
function loadBalancer(properties: string, id = 'Web'): string {
  return networkLoadBalancer(id, properties);
}

const GROUP = (id: string, extra = ''): string =>
  [`  ${id}:`, '    Type: AWS::EC2::SecurityGroup', '    Properties:', '      GroupDescription: web', extra]
    .filter(Boolean)
    .join('\n');

describe('the EC2 ID form', () => {
  test('a prefix and 8 or 17 hexadecimal digits, in either case', () => {
    assert.ok(isEc2Id('subnet', 'subnet-0a1b2c3d'));
    assert.ok(isEc2Id('subnet', 'subnet-0123456789ABCDEF0'));
    assert.ok(isEc2Id('security-group', 'sg-5943793c'));
    assert.ok(isEc2Id('vpc', 'vpc-0123456789abcdef0'));
    for (const wrong of [
      'subnet-123456',
      'subnet-0a1b2c3g',
      'subnet-0123456789abcdef',
      'sg-0a1b2c3d',
      ' subnet-0a1b2c3d',
      '',
    ])
      assert.ok(!isEc2Id('subnet', wrong), wrong);
  });
});

describe('invalid-ec2-id in API documents', () => {
  test('each item of Subnets and SecurityGroups, a mapping SubnetId and a VpcId are judged', () => {
    const text = [
      'Name: web',
      'Type: network',
      'SubnetMappings: [{SubnetId: subnet-1}]',
      'SecurityGroups: [sg-0a1b2c3d, subnet-0a1b2c3d]',
    ].join('\n');
    assert.deepEqual(ec2(text), [
      'subnet-1 => `SubnetId` must be a subnet ID (`subnet-` and 8 or 17 hexadecimal digits, such as `subnet-0a1b2c3d`), but `subnet-1` is not one.',
      'subnet-0a1b2c3d => Each item of `SecurityGroups` must be a security group ID (`sg-` and 8 or 17 hexadecimal digits, such as `sg-0a1b2c3d`), but `subnet-0a1b2c3d` is a subnet ID.',
    ]);
    assert.deepEqual(ec2('Name: targets\nProtocol: HTTP\nPort: 80\nVpcId: vpc-123'), [
      'vpc-123 => `VpcId` must be a VPC ID (`vpc-` and 8 or 17 hexadecimal digits, such as `vpc-0a1b2c3d`), but `vpc-123` is not one.',
    ]);
  });

  test('a placeholder still to be filled in is placeholder-value’s alone', () => {
    const text = 'Name: targets\nProtocol: HTTP\nPort: 80\nVpcId: "<vpc-id>"';
    assert.deepEqual(
      found(text).map((f) => f.split(':')[0]),
      ['placeholder-value'],
    );
    assert.deepEqual(
      found('{"Name": "targets", "Protocol": "HTTP", "Port": 80, "VpcId": ""}', {}, 'json').map(
        (f) => f.split(':')[0],
      ),
      ['placeholder-value'],
    );
  });

  test('a describe-load-balancers output with real IDs is clean', () => {
    const text = JSON.stringify({
      LoadBalancers: [
        {
          LoadBalancerArn:
            'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/web/50dc6c495c0c9188',
          LoadBalancerName: 'web',
          Type: 'application',
          VpcId: 'vpc-3ac0fb5f',
          SecurityGroups: ['sg-5943793c'],
          AvailabilityZones: [{ ZoneName: 'us-west-2a', SubnetId: 'subnet-8360a9e7' }],
        },
      ],
    });
    assert.deepEqual(
      found(text, {}, 'json').filter((f) => f.startsWith('invalid-ec2-id')),
      [],
    );
  });
});

describe('invalid-ec2-id in templates', () => {
  test('a literal is judged where it is written', () => {
    assert.deepEqual(
      ec2(template({ resources: loadBalancer('      Subnets: [subnet-0a1b2c3d, subnet-abc]') })),
      [
        'subnet-abc => Each item of `Subnets` must be a subnet ID (`subnet-` and 8 or 17 hexadecimal digits, such as `subnet-0a1b2c3d`), but `subnet-abc` is not one.',
      ],
    );
  });

  test("a parameter's value is judged at the use, naming the parameter", () => {
    const text = template({
      parameters:
        '  Public: {Type: String, Default: subnet-1}\n  Zone: {Type: String, AllowedValues: [subnet-0a1b2c3d, subnet-2]}',
      resources: loadBalancer('      Subnets: [!Ref Public, !Ref Zone]'),
    });
    assert.deepEqual(ec2(text), [
      '!Ref Public => Each item of `Subnets` must be a subnet ID (`subnet-` and 8 or 17 hexadecimal digits, such as `subnet-0a1b2c3d`), but `subnet-1` is not one. (parameter `Public` = `subnet-1`)',
      '!Ref Zone => Each item of `Subnets` must be a subnet ID (`subnet-` and 8 or 17 hexadecimal digits, such as `subnet-0a1b2c3d`), but `subnet-2` is not one. (parameter `Zone` = `subnet-2`)',
    ]);
  });

  test('a branch is judged in the cases that take it, and says when', () => {
    const text = template({
      parameters: '  Env: {Type: String, AllowedValues: [prod, test]}',
      conditions: '  Prod: !Equals [!Ref Env, prod]',
      resources: loadBalancer('      Subnets: !If [Prod, [subnet-0a1b2c3d], [subnet-test]]'),
    });
    assert.deepEqual(ec2(text), [
      'subnet-test => Each item of `Subnets` must be a subnet ID (`subnet-` and 8 or 17 hexadecimal digits, such as `subnet-0a1b2c3d`), but `subnet-test` is not one. (when parameter `Env` is `test`)',
    ]);
  });

  test('values the template does not fix are never called wrong', () => {
    const text = template({
      parameters: '  Mapped: {Type: String}',
      resources: [
        loadBalancer(
          '      Subnets: [!ImportValue shared-subnet, !GetAtt Other.SubnetIds, !Sub "${Mapped}", !Select [0, !Split [",", !Ref Mapped]]]',
        ),
        '  Other:',
        '    Type: Custom::Subnets',
        '    Properties: {ServiceToken: arn:aws:lambda:us-west-2:123456789012:function:subnets}',
      ].join('\n'),
    });
    assert.deepEqual(ec2(text), []);
  });

  test('a parameter of an AWS-specific type is CloudFormation’s to check, unless the user gives its value', () => {
    const text = template({
      parameters: [
        '  Subnet: {Type: "AWS::EC2::Subnet::Id", Default: subnet-1}',
        '  Vpc: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::VPC::Id>", Default: /network/vpc-id}',
      ].join('\n'),
      resources: [
        loadBalancer('      Subnets: [!Ref Subnet]'),
        '  Targets:',
        '    Type: AWS::ElasticLoadBalancingV2::TargetGroup',
        '    Properties: {Protocol: TCP, Port: 80, VpcId: !Ref Vpc}',
      ].join('\n'),
    });
    assert.deepEqual(ec2(text), []);
    assert.deepEqual(
      ec2(text, { templateParameters: { Subnet: 'subnet-9', Vpc: 'vpc-0a1b2c3d' } }).map(
        (f) => f.split(' => ')[0],
      ),
      ['!Ref Subnet'],
    );
  });
});

describe('invalid-ec2-id: what Ref of an EC2 resource gives', () => {
  const SG_NAME =
    "Each item of `SecurityGroups` must be a security group ID, but `Ref` of `Group` gives the security group's name";

  test('Ref of a security group without VpcId gives its name; with VpcId, its ID', () => {
    const without = template({
      resources: `${GROUP('Group')}\n${loadBalancer('      SecurityGroups: [!Ref Group]')}`,
    });
    assert.deepEqual(ec2(without), [
      `!Ref Group => ${SG_NAME}, as it has no \`VpcId\`. Use \`!GetAtt Group.GroupId\`, or give the group a \`VpcId\`.`,
    ]);
    const withVpc = template({
      resources: `${GROUP('Group', '      VpcId: !ImportValue shared-vpc')}\n${loadBalancer('      SecurityGroups: [!Ref Group]')}`,
    });
    assert.deepEqual(ec2(withVpc), []);
    const byGroupId = template({
      resources: `${GROUP('Group')}\n${loadBalancer('      SecurityGroups: [!GetAtt Group.GroupId]')}`,
    });
    assert.deepEqual(ec2(byGroupId), []);
  });

  test('a VpcId a condition leaves out follows the cases, and says which', () => {
    const text = template({
      parameters: '  Classic: {Type: String, AllowedValues: ["yes", "no"]}',
      conditions: '  InVpc: !Equals [!Ref Classic, "no"]',
      resources: `${GROUP('Group', '      VpcId: !If [InVpc, vpc-0a1b2c3d, !Ref AWS::NoValue]')}\n${loadBalancer('      SecurityGroups: [!Ref Group]')}`,
    });
    assert.deepEqual(ec2(text), [
      `!Ref Group => ${SG_NAME}, as its \`VpcId\` is left out when condition \`InVpc\` is false. Use \`!GetAtt Group.GroupId\`, or give the group a \`VpcId\`. (when parameter \`Classic\` is \`yes\`)`,
    ]);
  });

  test('Ref of a subnet or VPC of another kind than the member takes', () => {
    const text = template({
      resources: [
        '  Vpc:',
        '    Type: AWS::EC2::VPC',
        '    Properties: {CidrBlock: 10.0.0.0/16}',
        '  Subnet:',
        '    Type: AWS::EC2::Subnet',
        '    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}',
        loadBalancer(
          '      Subnets: [!Ref Subnet, !Ref Vpc]\n      SecurityGroups: [!GetAtt Vpc.DefaultSecurityGroup, !GetAtt Subnet.VpcId]',
        ),
      ].join('\n'),
    });
    assert.deepEqual(ec2(text), [
      '!Ref Vpc => Each item of `Subnets` must be a subnet ID, but `Ref` of `Vpc` gives a VPC ID.',
      '!GetAtt Subnet.VpcId => Each item of `SecurityGroups` must be a security group ID, but `Fn::GetAtt` of `Subnet.VpcId` gives a VPC ID.',
    ]);
  });
});
