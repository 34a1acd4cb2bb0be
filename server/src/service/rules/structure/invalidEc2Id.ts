import { EC2_ID_DIGITS, EC2_ID_FORMATS, isEc2Id, type Ec2IdKind } from '../../model/facts';
import { isTemplatePlaceholder } from '../../placeholders';
import { apiSource, guideSource, type Rule } from '../rule';
import { factsOfEntry, nameOfEntry } from './memberFacts';

const KINDS = Object.keys(EC2_ID_FORMATS) as Ec2IdKind[];

/** "a subnet ID (`subnet-` and 8 or 17 hexadecimal digits, such as `subnet-0a1b2c3d`)". */
function expected(kind: Ec2IdKind): string {
  const { label, prefix } = EC2_ID_FORMATS[kind];
  const digits = EC2_ID_DIGITS.join(' or ');
  return `${label} ID (\`${prefix}\` and ${digits} hexadecimal digits, such as \`${prefix}0a1b2c3d\`)`;
}

/** What is wrong with a value that is not an ID of the kind wanted. */
function whatItIs(value: string, kind: Ec2IdKind): string {
  if (value.trim() === '') return 'it is empty';
  const other = KINDS.find((k) => k !== kind && isEc2Id(k, value));
  if (other) return `\`${value}\` is ${EC2_ID_FORMATS[other].label} ID`;
  return `\`${value}\` is not one`;
}

export const invalidEc2Id: Rule = {
  id: 'invalid-ec2-id',
  severity: 'error',
  summary: 'Subnet, security-group and VPC IDs have the form of EC2 IDs of their kind.',
  constraint:
    "A subnet ID is `subnet-`, a security group ID `sg-` and a VPC ID `vpc-`, followed by 8 hexadecimal digits (older IDs) or 17 (the longer IDs EC2 gives out now); a name, a shortened ID or another kind's ID is rejected. The members: `Subnets`, `SubnetMappings[].SubnetId` and `SecurityGroups` of load-balancer documents (CreateLoadBalancer, describe-load-balancers with their zones' `SubnetId` and their `VpcId`) and LoadBalancer resources, `VpcId` of target-group documents (CreateTargetGroup, describe-target-groups) and TargetGroup resources. In a CloudFormation template, a literal or a parameter's value is checked, and a `Ref` of a subnet, VPC or security group of the template by what it gives: `Ref` of a security group without `VpcId` gives its name, not its ID. A parameter of an AWS-specific type (`AWS::EC2::Subnet::Id`, …) is left to CloudFormation, which checks its value against the account.",
  sources: [
    apiSource('CreateLoadBalancer', 'Subnets'),
    apiSource('CreateLoadBalancer', 'SecurityGroups'),
    apiSource('SubnetMapping', 'SubnetId'),
    apiSource('CreateTargetGroup', 'VpcId'),
    guideSource(
      'Amazon EC2',
      'Resource IDs',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html',
    ),
    guideSource(
      'AWS CloudFormation',
      'AWS::EC2::SecurityGroup (return values)',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html#aws-resource-ec2-securitygroup-return-values',
    ),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const entry of context.binding.entries) {
      const kind = factsOfEntry(entry)?.ec2Id;
      const { node } = entry;
      if (!kind || node.type !== 'scalar' || typeof node.value !== 'string') continue;
      const name = nameOfEntry(entry);
      const referred = context.semantics.referencedValueOf(node);
      if (referred) {
        if (referred.gives === kind) continue;
        const because = referred.because ? `, as ${referred.because}` : '';
        if (referred.gives === 'security-group-name')
          context.report(
            node,
            `${name} must be ${EC2_ID_FORMATS[kind].label} ID, but ${referred.written} gives the security group's name${because}. Use \`!GetAtt ${referred.logicalId}.GroupId\`, or give the group a \`VpcId\`.`,
          );
        else
          context.report(
            node,
            `${name} must be ${EC2_ID_FORMATS[kind].label} ID, but ${referred.written} gives ${EC2_ID_FORMATS[referred.gives].label} ID${because}.`,
          );
        continue;
      }
      // A placeholder still to be filled in, or a template value not known: placeholder-value's
      // business, or nobody's.
      if (isTemplatePlaceholder(node.value) || isEc2Id(kind, node.value)) continue;
      context.report(node, `${name} must be ${expected(kind)}, but ${whatItIs(node.value, kind)}.`);
    }
  },
};
