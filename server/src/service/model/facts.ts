// Facts about the ELBv2 API that the SDK's type declarations do not carry: numeric ranges,
// lengths, list limits, patterns, values listed only in prose, and which protocol or load-balancer
// type a member applies to. Each entry says where it is stated; test/model.test.ts checks every
// number, pattern and value against ../shared/reference/elbv2-service-2.json.
//
// Keys are "Structure.Member" as the API model names them; "Structure.Member[]" is each item of
// a list member.
import type { LoadBalancerType } from '../arn';
import { CONDITION_CONFIG_MEMBERS } from './ruleConditionFacts';

/** Where a fact is stated in the service model: a min/max/pattern trait, or the member's documentation. */
export interface Citation {
  via: 'trait' | 'doc';
  /** Another "Structure.Member" whose trait or documentation states it, when not the key itself. */
  from?: string;
}

export interface MemberFacts {
  range?: { min: number; max: number; cite: Citation };
  length?: { min: number; max: number; cite: Citation };
  /** Number of items of a list, or entries of a map. */
  items?: { min: number; max: number; cite: Citation };
  pattern?: { regex: string; flags?: string; expected: string; cite: Citation };
  /** Allowed values the SDK types as a plain string. Case-sensitive, like every ELBv2 value. */
  values?: { values: readonly string[]; cite: Citation };
  /** The value is a full https URL with a host. */
  httpsUrl?: Citation;
  /** The value is an ARN of this kind. */
  arn?: ArnKind;
  /** The value is the ID of an EC2 resource of this kind (EC2_ID_FORMATS). */
  ec2Id?: Ec2IdKind;
}

export type ArnKind =
  | 'load-balancer'
  | 'listener'
  | 'listener-rule'
  | 'target-group'
  | 'certificate'
  | 'trust-store'
  | 'cognito-user-pool';

const trait: Citation = { via: 'trait' };
const subnetId: MemberFacts = { ec2Id: 'subnet' };
const securityGroupId: MemberFacts = { ec2Id: 'security-group' };
const vpcId: MemberFacts = { ec2Id: 'vpc' };
const doc: Citation = { via: 'doc' };
const docOf = (from: string): Citation => ({ via: 'doc', from });

const port = { range: { min: 1, max: 65535, cite: trait } };
const healthCheck = {
  HealthCheckPath: {
    length: { min: 1, max: 1024, cite: trait },
    // The ping path (default `/`) or, for gRPC, `/package.service/method`: a path from the root.
    pattern: { regex: '^/', expected: 'a path starting with `/`, such as `/health`', cite: doc },
  },
  HealthCheckIntervalSeconds: { range: { min: 5, max: 300, cite: trait } },
  HealthCheckTimeoutSeconds: { range: { min: 2, max: 120, cite: trait } },
  HealthyThresholdCount: { range: { min: 2, max: 10, cite: trait } },
  UnhealthyThresholdCount: { range: { min: 2, max: 10, cite: trait } },
};
const alpnItems = (from: string): MemberFacts => ({ items: { min: 1, max: 1, cite: docOf(from) } });
const alpnValues = (from: string): MemberFacts => ({
  values: {
    values: ['HTTP1Only', 'HTTP2Only', 'HTTP2Optional', 'HTTP2Preferred', 'None'],
    cite: docOf(from),
  },
});
const tagPattern = '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$';
const TARGET_GROUP_NAME: MemberFacts = {
  length: { min: 1, max: 32, cite: docOf('CreateTargetGroupInput.Name') },
  pattern: {
    regex: '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$',
    expected: 'letters, digits and hyphens only, neither starting nor ending with a hyphen',
    cite: docOf('CreateTargetGroupInput.Name'),
  },
};

export const MEMBER_FACTS: Readonly<Record<string, MemberFacts>> = {
  // Listeners
  'CreateListenerInput.LoadBalancerArn': { arn: 'load-balancer' },
  'CreateListenerInput.Port': port,
  'CreateListenerInput.Certificates': { items: { min: 1, max: 1, cite: doc } },
  'CreateListenerInput.AlpnPolicy': alpnItems('CreateListenerInput.AlpnPolicy'),
  'CreateListenerInput.AlpnPolicy[]': alpnValues('CreateListenerInput.AlpnPolicy'),
  'CreateListenerInput.Tags': { items: { min: 1, max: Infinity, cite: trait } },
  'ModifyListenerInput.ListenerArn': { arn: 'listener' },
  'ModifyListenerInput.Port': port,
  'ModifyListenerInput.Certificates': { items: { min: 1, max: 1, cite: doc } },
  'ModifyListenerInput.AlpnPolicy': alpnItems('ModifyListenerInput.AlpnPolicy'),
  'ModifyListenerInput.AlpnPolicy[]': alpnValues('ModifyListenerInput.AlpnPolicy'),
  'Listener.ListenerArn': { arn: 'listener' },
  'Listener.LoadBalancerArn': { arn: 'load-balancer' },
  'Listener.Port': port,
  'Listener.AlpnPolicy': alpnItems('CreateListenerInput.AlpnPolicy'),
  'Listener.AlpnPolicy[]': alpnValues('CreateListenerInput.AlpnPolicy'),
  'Certificate.CertificateArn': { arn: 'certificate' },
  'MutualAuthenticationAttributes.Mode': { values: { values: ['off', 'passthrough', 'verify'], cite: doc } },
  'MutualAuthenticationAttributes.TrustStoreArn': { arn: 'trust-store' },
  'Tag.Key': {
    length: { min: 1, max: 128, cite: trait },
    pattern: {
      regex: tagPattern,
      flags: 'u',
      expected: 'letters, digits, spaces and _ . : / = + - @',
      cite: trait,
    },
  },
  'Tag.Value': {
    length: { min: 0, max: 256, cite: trait },
    pattern: {
      regex: tagPattern,
      flags: 'u',
      expected: 'letters, digits, spaces and _ . : / = + - @',
      cite: trait,
    },
  },

  // Actions
  'Action.Order': { range: { min: 1, max: 50000, cite: trait } },
  'Action.TargetGroupArn': { arn: 'target-group' },
  'TargetGroupTuple.TargetGroupArn': { arn: 'target-group' },
  'TargetGroupTuple.Weight': { range: { min: 0, max: 999, cite: doc } },
  'TargetGroupStickinessConfig.DurationSeconds': { range: { min: 1, max: 604800, cite: doc } },
  'RedirectActionConfig.Protocol': {
    pattern: { regex: '^(HTTPS?|#\\{protocol\\})$', expected: 'HTTP, HTTPS or #{protocol}', cite: trait },
  },
  'RedirectActionConfig.Host': {
    length: { min: 1, max: 128, cite: trait },
    // The URI is protocol://hostname:port/path?query, each component its own member.
    pattern: {
      regex: '^(?!.*:[0-9])[^/?]*$',
      expected: 'a hostname alone (its port, path and query are the `Port`, `Path` and `Query` members)',
      cite: docOf('RedirectActionConfig.Host'),
    },
  },
  'RedirectActionConfig.Path': { length: { min: 1, max: 128, cite: trait } },
  'RedirectActionConfig.Query': { length: { min: 0, max: 128, cite: trait } },
  'FixedResponseActionConfig.MessageBody': { length: { min: 0, max: 1024, cite: trait } },
  'FixedResponseActionConfig.StatusCode': {
    pattern: {
      regex: '^(2|4|5)\\d\\d$',
      expected: 'a 2XX, 4XX or 5XX status code such as 200, 404 or 503',
      cite: trait,
    },
  },
  'FixedResponseActionConfig.ContentType': {
    length: { min: 0, max: 32, cite: trait },
    values: {
      values: ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'],
      cite: doc,
    },
  },
  'AuthenticateOidcActionConfig.Issuer': { httpsUrl: doc },
  'AuthenticateOidcActionConfig.AuthorizationEndpoint': { httpsUrl: doc },
  'AuthenticateOidcActionConfig.TokenEndpoint': { httpsUrl: doc },
  'AuthenticateOidcActionConfig.UserInfoEndpoint': { httpsUrl: doc },
  'AuthenticateOidcActionConfig.AuthenticationRequestExtraParams': { items: { min: 0, max: 10, cite: doc } },
  'AuthenticateCognitoActionConfig.AuthenticationRequestExtraParams': {
    items: { min: 0, max: 10, cite: doc },
  },
  'AuthenticateCognitoActionConfig.UserPoolArn': { arn: 'cognito-user-pool' },
  'JwtValidationActionConfig.JwksEndpoint': { httpsUrl: doc, length: { min: 1, max: 256, cite: doc } },
  'JwtValidationActionConfig.Issuer': { length: { min: 1, max: 256, cite: doc } },
  'JwtValidationActionConfig.AdditionalClaims': { items: { min: 0, max: 10, cite: doc } },
  'JwtValidationActionAdditionalClaim.Values': { items: { min: 0, max: 10, cite: doc } },
  'JwtValidationActionAdditionalClaim.Values[]': {
    length: { min: 0, max: 256, cite: docOf('JwtValidationActionAdditionalClaim.Values') },
  },

  // Target groups
  'CreateTargetGroupInput.Name': TARGET_GROUP_NAME,
  'CreateTargetGroupInput.Port': port,
  'CreateTargetGroupInput.ProtocolVersion': {
    values: { values: ['GRPC', 'HTTP1', 'HTTP2'], cite: docOf('TargetGroup.ProtocolVersion') },
  },
  'CreateTargetGroupInput.TargetControlPort': port,
  'CreateTargetGroupInput.Tags': { items: { min: 1, max: Infinity, cite: trait } },
  ...prefixed('CreateTargetGroupInput', healthCheck),
  'ModifyTargetGroupInput.TargetGroupArn': { arn: 'target-group' },
  ...prefixed('ModifyTargetGroupInput', healthCheck),
  'TargetGroup.TargetGroupArn': { arn: 'target-group' },
  'TargetGroup.TargetGroupName': { length: TARGET_GROUP_NAME.length, pattern: TARGET_GROUP_NAME.pattern },
  'TargetGroup.Port': port,
  'TargetGroup.TargetControlPort': port,
  'TargetGroup.LoadBalancerArns[]': { arn: 'load-balancer' },
  'TargetGroup.ProtocolVersion': { values: { values: ['GRPC', 'HTTP1', 'HTTP2'], cite: doc } },
  'CreateTargetGroupInput.VpcId': vpcId,
  'TargetGroup.VpcId': vpcId,
  ...prefixed('TargetGroup', healthCheck),

  // Attributes and load balancers (issue 12, items 7 and 8).
  ...attributeAndLoadBalancerFacts(),
  // Listener rules (CreateRule, ModifyRule, SetRulePriorities, describe-rules). What is not about
  // one member (condition fields and their configs, per-rule limits) is in ruleConditionFacts.ts.
  'CreateRuleInput.ListenerArn': { arn: 'listener' },
  'CreateRuleInput.Priority': { range: { min: 1, max: 50000, cite: trait } },
  'CreateRuleInput.Tags': { items: { min: 1, max: Infinity, cite: trait } },
  'ModifyRuleInput.RuleArn': { arn: 'listener-rule' },
  'RulePriorityPair.RuleArn': { arn: 'listener-rule' },
  'RulePriorityPair.Priority': { range: { min: 1, max: 50000, cite: trait } },
  'Rule.RuleArn': { arn: 'listener-rule' },
  'RuleCondition.Field': {
    length: { min: 0, max: 64, cite: trait },
    values: { values: Object.keys(CONDITION_CONFIG_MEMBERS), cite: doc },
  },
  'RuleCondition.Values[]': value128('RuleCondition.Values'),
  'RuleCondition.RegexValues[]': value128('RuleCondition.RegexValues'),
  'HostHeaderConditionConfig.Values[]': value128('HostHeaderConditionConfig.Values'),
  'HostHeaderConditionConfig.RegexValues[]': value128('HostHeaderConditionConfig.RegexValues'),
  'HttpHeaderConditionConfig.HttpHeaderName': { length: { min: 1, max: 40, cite: doc } },
  'HttpHeaderConditionConfig.Values[]': value128('HttpHeaderConditionConfig.Values'),
  'HttpHeaderConditionConfig.RegexValues[]': value128('HttpHeaderConditionConfig.RegexValues'),
  'HttpRequestMethodConditionConfig.Values[]': {
    length: { min: 1, max: 40, cite: docOf('HttpRequestMethodConditionConfig.Values') },
    pattern: {
      regex: '^[A-Z_-]+$',
      expected:
        'upper-case letters, hyphens and underscores, such as GET or POST (the match is case-sensitive)',
      cite: docOf('HttpRequestMethodConditionConfig.Values'),
    },
  },
  'PathPatternConditionConfig.Values[]': value128('PathPatternConditionConfig.Values'),
  'PathPatternConditionConfig.RegexValues[]': value128('PathPatternConditionConfig.RegexValues'),
  'QueryStringKeyValuePair.Key': value128('QueryStringConditionConfig.Values'),
  'QueryStringKeyValuePair.Value': value128('QueryStringConditionConfig.Values'),
  'SourceIpConditionConfig.Values': { items: { min: 0, max: 5, cite: doc } },
  'RewriteConfig.Regex': { length: { min: 0, max: 1024, cite: doc } },
  'RewriteConfig.Replace': { length: { min: 0, max: 1024, cite: doc } },
};

/** Members of the attribute and load-balancer documents; a function so the constants above exist. */
function attributeAndLoadBalancerFacts(): Record<string, MemberFacts> {
  const attributeKey: MemberFacts = {
    length: { min: 0, max: 256, cite: trait },
    pattern: { regex: '^[a-zA-Z0-9._]+$', expected: 'letters, digits, dots and underscores', cite: trait },
  };
  const loadBalancerName: MemberFacts = {
    length: { min: 1, max: 32, cite: docOf('CreateLoadBalancerInput.Name') },
    pattern: {
      regex: '^(?!internal-)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$',
      expected:
        'letters, digits and hyphens only, neither starting nor ending with a hyphen, and not starting with `internal-`',
      cite: docOf('CreateLoadBalancerInput.Name'),
    },
  };
  const customerOwnedPool: MemberFacts = {
    length: { min: 0, max: 256, cite: trait },
    pattern: {
      regex: '^(ipv4pool-coip-)[a-zA-Z0-9]+$',
      expected: '`ipv4pool-coip-` and letters or digits',
      cite: trait,
    },
  };
  const loadBalancerAttributes: MemberFacts = { items: { min: 0, max: 20, cite: trait } };
  return {
    'TargetGroupAttribute.Key': attributeKey,
    'LoadBalancerAttribute.Key': attributeKey,
    'LoadBalancerAttribute.Value': { length: { min: 0, max: 1024, cite: trait } },
    'ListenerAttribute.Key': attributeKey,
    'ModifyTargetGroupAttributesInput.TargetGroupArn': { arn: 'target-group' },
    'ModifyLoadBalancerAttributesInput.LoadBalancerArn': { arn: 'load-balancer' },
    'ModifyLoadBalancerAttributesInput.Attributes': loadBalancerAttributes,
    'DescribeLoadBalancerAttributesOutput.Attributes': loadBalancerAttributes,
    'ModifyListenerAttributesInput.ListenerArn': { arn: 'listener' },
    'CreateLoadBalancerInput.Name': loadBalancerName,
    'CreateLoadBalancerInput.Tags': { items: { min: 1, max: Infinity, cite: trait } },
    'CreateLoadBalancerInput.CustomerOwnedIpv4Pool': customerOwnedPool,
    'IpamPools.Ipv4IpamPoolId': {
      length: { min: 0, max: 1000, cite: trait },
      pattern: {
        regex: '^(ipam-pool-)[a-zA-Z0-9]+$',
        expected: '`ipam-pool-` and letters or digits',
        cite: trait,
      },
    },
    'LoadBalancer.LoadBalancerArn': { arn: 'load-balancer' },
    'LoadBalancer.LoadBalancerName': loadBalancerName,
    'LoadBalancer.CustomerOwnedIpv4Pool': customerOwnedPool,
    // EC2 IDs (EC2_ID_FORMATS below).
    'CreateLoadBalancerInput.Subnets[]': subnetId,
    'SubnetMapping.SubnetId': subnetId,
    'AvailabilityZone.SubnetId': subnetId,
    'CreateLoadBalancerInput.SecurityGroups[]': securityGroupId,
    'LoadBalancer.SecurityGroups[]': securityGroupId,
    'LoadBalancer.VpcId': vpcId,
  };
}

/** A comparison string of a rule condition: at most 128 characters, as `from` says. */
function value128(from: string): MemberFacts {
  return { length: { min: 0, max: 128, cite: docOf(from) } };
}

function prefixed(structure: string, facts: Record<string, MemberFacts>): Record<string, MemberFacts> {
  return Object.fromEntries(Object.entries(facts).map(([k, v]) => [`${structure}.${k}`, v]));
}

export function factsFor(structure: string, memberName: string, item = false): MemberFacts | undefined {
  return MEMBER_FACTS[`${structure}.${memberName}${item ? '[]' : ''}`];
}

// ---------------------------------------------------------------------------------------------
// EC2 resource IDs. The ELBv2 model types subnet, security-group and VPC IDs as plain strings
// (SubnetId, SecurityGroupId, VpcId); their form is EC2's: the resource type's prefix, a hyphen,
// and 8 hexadecimal digits, or 17 for the longer IDs EC2 has given out since 2018 ("Resource IDs",
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html). The exact pattern is
// cfn-lint's: its formats AWS::EC2::Subnet.Id (rule E1154), AWS::EC2::SecurityGroup.Id (E1150)
// and AWS::EC2::VPC.Id (E1151), in src/cfnlint/rules/formats/ of aws-cloudformation/cfn-lint
// (docs/format_keyword.md), which its patches put on the LoadBalancer's Subnets,
// SubnetMappings[].SubnetId and SecurityGroups and on the TargetGroup's VpcId
// (../shared/reference/cfn/cfn-lint-patches/extensions/all/aws_elasticloadbalancingv2_*/format.json).

export type Ec2IdKind = 'subnet' | 'security-group' | 'vpc';

export interface Ec2IdFormat {
  /** What the ID names, for messages: "a subnet". */
  label: string;
  prefix: string;
  /** cfn-lint's name of the format. */
  cfnFormat: string;
}

export const EC2_ID_FORMATS: Readonly<Record<Ec2IdKind, Ec2IdFormat>> = {
  subnet: { label: 'a subnet', prefix: 'subnet-', cfnFormat: 'AWS::EC2::Subnet.Id' },
  'security-group': { label: 'a security group', prefix: 'sg-', cfnFormat: 'AWS::EC2::SecurityGroup.Id' },
  vpc: { label: 'a VPC', prefix: 'vpc-', cfnFormat: 'AWS::EC2::VPC.Id' },
};

/** How many hexadecimal digits follow the prefix of an EC2 ID: the short IDs and the long ones. */
export const EC2_ID_DIGITS: readonly number[] = [8, 17];

/** The ID has its kind's form: prefix, then 8 or 17 hexadecimal digits (either case, as cfn-lint takes). */
export function isEc2Id(kind: Ec2IdKind, value: string): boolean {
  const { prefix } = EC2_ID_FORMATS[kind];
  const digits = value.slice(prefix.length);
  return value.startsWith(prefix) && EC2_ID_DIGITS.includes(digits.length) && /^[0-9A-Fa-f]+$/.test(digits);
}

/**
 * What `Ref` and `Fn::GetAtt` of the EC2 resource types whose IDs ELBv2 members take give in a
 * CloudFormation template: the "Return values" of AWS::EC2::Subnet, AWS::EC2::VPC and
 * AWS::EC2::SecurityGroup in the CloudFormation template reference
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnet.html,
 * …-ec2-vpc.html, …-ec2-securitygroup.html). `Ref` of a security group gives its ID only when the
 * group names its `VpcId`; without one it gives the group's name (SECURITY_GROUP_REF_NEEDS).
 */
export const EC2_REFERENCE_VALUES: Readonly<
  Record<string, { ref: Ec2IdKind; attributes: Readonly<Record<string, Ec2IdKind>> }>
> = {
  'AWS::EC2::Subnet': { ref: 'subnet', attributes: { SubnetId: 'subnet', VpcId: 'vpc' } },
  'AWS::EC2::VPC': { ref: 'vpc', attributes: { VpcId: 'vpc', DefaultSecurityGroup: 'security-group' } },
  'AWS::EC2::SecurityGroup': {
    ref: 'security-group',
    attributes: { GroupId: 'security-group', VpcId: 'vpc' },
  },
};

/** The property without which `Ref` of an AWS::EC2::SecurityGroup gives its name, not its ID. */
export const SECURITY_GROUP_REF_NEEDS = 'VpcId';

// ---------------------------------------------------------------------------------------------
// Protocols and load-balancer types. Sources: CreateListener Protocol, SslPolicy, Certificates,
// AlpnPolicy, MutualAuthentication; CreateTargetGroup Protocol and HealthCheckProtocol; Action.

/** Listener members that only some listener protocols take ("[HTTPS and TLS listeners]" …). */
export const LISTENER_MEMBER_PROTOCOLS: Readonly<Record<string, readonly string[]>> = {
  SslPolicy: ['HTTPS', 'TLS'],
  Certificates: ['HTTPS', 'TLS'],
  AlpnPolicy: ['TLS'],
  MutualAuthentication: ['HTTPS'],
};

/** The listener protocols each type of load balancer supports; a Gateway LB takes no protocol. */
export const LISTENER_PROTOCOLS: Readonly<Record<LoadBalancerType, readonly string[]>> = {
  application: ['HTTP', 'HTTPS'],
  network: ['TCP', 'TLS', 'UDP', 'TCP_UDP', 'QUIC', 'TCP_QUIC'],
  gateway: [],
};

/** The target-group protocols each type of load balancer supports. */
export const TARGET_GROUP_PROTOCOLS: Readonly<Record<LoadBalancerType, readonly string[]>> = {
  application: ['HTTP', 'HTTPS'],
  network: ['TCP', 'TLS', 'UDP', 'TCP_UDP', 'QUIC', 'TCP_QUIC'],
  gateway: ['GENEVE'],
};

export const ROUTING_ACTION_TYPES: readonly string[] = ['forward', 'fixed-response', 'redirect'];
export const AUTHENTICATION_ACTION_TYPES: readonly string[] = [
  'authenticate-oidc',
  'authenticate-cognito',
  'jwt-validation',
];
/** Action types only an Application Load Balancer runs ([Application Load Balancer], [HTTPS listeners]). */
export const APPLICATION_ONLY_ACTION_TYPES: readonly string[] = [
  'redirect',
  'fixed-response',
  ...AUTHENTICATION_ACTION_TYPES,
];

/** The Action members that carry each action type's configuration ("Specify only when Type is …"). */
export const ACTION_CONFIG_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  forward: ['TargetGroupArn', 'ForwardConfig'],
  'authenticate-oidc': ['AuthenticateOidcConfig'],
  'authenticate-cognito': ['AuthenticateCognitoConfig'],
  redirect: ['RedirectConfig'],
  'fixed-response': ['FixedResponseConfig'],
  'jwt-validation': ['JwtValidationConfig'],
};

/** Health checks run over HTTP, HTTPS or TCP only; TCP not for HTTP or HTTPS target groups. */
export const HEALTH_CHECK_PROTOCOLS: readonly string[] = ['HTTP', 'HTTPS', 'TCP'];
export const NO_TCP_HEALTH_CHECK_FOR: readonly string[] = ['HTTP', 'HTTPS'];

/** Matcher.HttpCode bounds by target-group protocol (CreateTargetGroup Matcher). */
export const HTTP_CODE_RANGES: readonly { protocols: readonly string[]; min: number; max: number }[] = [
  { protocols: ['HTTP', 'HTTPS'], min: 200, max: 499 },
  { protocols: ['TCP', 'TCP_UDP', 'UDP', 'QUIC', 'TCP_QUIC', 'TLS'], min: 200, max: 599 },
  { protocols: ['GENEVE'], min: 200, max: 399 },
];
/** Matcher.GrpcCode bounds (Matcher GrpcCode). */
export const GRPC_CODE_RANGE = { min: 0, max: 99 };

/** A GENEVE target group listens on this port only (CreateTargetGroup Port). */
export const GENEVE_PORT = 6081;

/** Members that do not apply to a lambda target group (CreateTargetGroup Protocol, Port, VpcId). */
export const NOT_FOR_LAMBDA: readonly string[] = ['Protocol', 'Port', 'VpcId'];
/**
 * Health-check members a lambda target group does not take either. Not in the service model:
 * cfn-lint's targettype_restrictions.json (E3681) forbids them; ProtocolVersion follows from its
 * "[HTTP/HTTPS protocol]" tag, as a lambda target group has no protocol.
 */
export const NOT_FOR_LAMBDA_HEALTH_CHECK: readonly string[] = [
  'HealthCheckProtocol',
  'HealthCheckPort',
  'ProtocolVersion',
];
/** Members a CreateTargetGroup request needs unless TargetType is lambda (CreateTargetGroup VpcId; cfn-lint E3681). */
export const REQUIRED_UNLESS_LAMBDA: readonly string[] = ['Protocol', 'Port', 'VpcId'];
/** The target type a CreateTargetGroup request gets when it names none (CreateTargetGroup TargetType). */
export const DEFAULT_TARGET_TYPE = 'instance';
/** Target types whose health checks cannot be turned off (CreateTargetGroup HealthCheckEnabled). */
export const HEALTH_CHECKS_ALWAYS_ON_FOR: readonly string[] = ['instance', 'ip', 'alb'];
/** The keyword HealthCheckPort takes for "the port each target receives traffic on" (CreateTargetGroup HealthCheckPort). */
export const TRAFFIC_PORT = 'traffic-port';
/** Target-group protocols that take a ProtocolVersion ("[HTTP/HTTPS protocol]", CreateTargetGroup ProtocolVersion). */
export const PROTOCOL_VERSION_PROTOCOLS: readonly string[] = ['HTTP', 'HTTPS'];
/** Members that only HTTP or HTTPS health checks use ("[HTTP/HTTPS health checks]": CreateTargetGroup Matcher, HealthCheckPath). */
export const HTTP_HEALTH_CHECK_MEMBERS: readonly string[] = ['HealthCheckPath', 'Matcher'];
/**
 * The health-check protocol a new target group gets by default, by load-balancer type
 * (CreateTargetGroup HealthCheckProtocol). Only for the instance and ip target types: an alb
 * target group with protocol TCP gets HTTP (aws-cli create-target-group example 4).
 */
export const DEFAULT_HEALTH_CHECK_PROTOCOL: Readonly<Record<LoadBalancerType, string>> = {
  application: 'HTTP',
  network: 'TCP',
  gateway: 'TCP',
};
/** The target types DEFAULT_HEALTH_CHECK_PROTOCOL is known to hold for. */
export const DEFAULT_HEALTH_CHECK_PROTOCOL_TARGET_TYPES: readonly string[] = ['instance', 'ip'];

// ---------------------------------------------------------------------------------------------
// Quotas and restrictions stated in the Elastic Load Balancing user guides, not in the API
// reference (each rule that reads one cites the page in its sources).

/** Target groups one forward action may name, by load-balancer type ("Quotas for your Application Load Balancers": Target Groups per Action, 5, not adjustable). */
export const MAX_TARGET_GROUPS_PER_ACTION: Readonly<Partial<Record<LoadBalancerType, number>>> = {
  application: 5,
};
/** Tags per resource ("Tag an Application Load Balancer" and "Tag a Network Load Balancer": Restrictions). */
export const MAX_TAGS_PER_RESOURCE = 50;
/** The key prefix AWS keeps for itself (same pages: do not use it in tag names or values). */
export const RESERVED_TAG_PREFIX = 'aws:';

// ---------------------------------------------------------------------------------------------
// Redirects (RedirectActionConfig).

export const REDIRECT_KEYWORDS: readonly string[] = [
  '#{protocol}',
  '#{host}',
  '#{port}',
  '#{path}',
  '#{query}',
];
/** The keywords each redirect component may contain. */
export const REDIRECT_COMPONENT_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  Protocol: ['#{protocol}'],
  Port: ['#{port}'],
  Host: ['#{host}'],
  Path: ['#{host}', '#{path}', '#{port}'],
  Query: REDIRECT_KEYWORDS,
};

// ---------------------------------------------------------------------------------------------
// JWT validation (JwtValidationActionAdditionalClaim Name).

/** Claims the load balancer always validates, so they cannot be listed as additional claims. */
export const RESERVED_JWT_CLAIMS: readonly string[] = ['exp', 'iss', 'nbf', 'iat'];

// ---------------------------------------------------------------------------------------------
// Predefined security policies (SslPolicy). Source: "Security policies" in the Application and
// Network Load Balancer guides (protocol tables of the TLS, FIPS and FS policies; the PQ policies
// of 2025-09 and the RFC 9151 policies of 2023-07 added since); DescribeSSLPolicies lists them per
// account. The TLS13-1-0/1-1 PQ names and TLS versions follow aws-cdk's SslPolicy enum; the
// RFC 9151 ones (TLS 1.2 and 1.3, or 1.3 only for TLS13-1-3) their announcement.

export interface SslPolicy {
  name: string;
  protocols: readonly ('TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3')[];
  fips?: boolean;
  postQuantum?: boolean;
}

const V10_13 = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
const V11_13 = ['TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
const V12_13 = ['TLSv1.2', 'TLSv1.3'] as const;
const V13 = ['TLSv1.3'] as const;
const V10_12 = ['TLSv1', 'TLSv1.1', 'TLSv1.2'] as const;
const V11_12 = ['TLSv1.1', 'TLSv1.2'] as const;
const V12 = ['TLSv1.2'] as const;

export const SSL_POLICIES: readonly SslPolicy[] = [
  { name: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09', protocols: V12_13, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09', protocols: V12_13, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09', protocols: V12_13, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09', protocols: V12_13, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09', protocols: V13, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09', protocols: V12_13, fips: true, postQuantum: true },
  {
    name: 'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
    protocols: V12_13,
    fips: true,
    postQuantum: true,
  },
  {
    name: 'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09',
    protocols: V12_13,
    fips: true,
    postQuantum: true,
  },
  {
    name: 'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09',
    protocols: V12_13,
    fips: true,
    postQuantum: true,
  },
  {
    name: 'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09',
    protocols: V12_13,
    fips: true,
    postQuantum: true,
  },
  { name: 'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09', protocols: V13, fips: true, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-1-FIPS-PQ-2025-09', protocols: V11_13, fips: true, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09', protocols: V10_13, fips: true, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09', protocols: V10_13, postQuantum: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-2021-06', protocols: V12_13 },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', protocols: V12_13 },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06', protocols: V12_13 },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06', protocols: V12_13 },
  { name: 'ELBSecurityPolicy-TLS13-1-1-2021-06', protocols: V11_13 },
  { name: 'ELBSecurityPolicy-TLS13-1-0-2021-06', protocols: V10_13 },
  { name: 'ELBSecurityPolicy-TLS13-1-3-2021-06', protocols: V13 },
  { name: 'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04', protocols: V11_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04', protocols: V10_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04', protocols: V13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-Ext0-RFC9151-FIPS-2023-07', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP1-FIPS-2023-07', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP2-FIPS-2023-07', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP3-FIPS-2023-07', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07', protocols: V12_13, fips: true },
  { name: 'ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07', protocols: V13, fips: true },
  { name: 'ELBSecurityPolicy-FS-1-2-Res-2020-10', protocols: V12 },
  { name: 'ELBSecurityPolicy-FS-1-2-Res-2019-08', protocols: V12 },
  { name: 'ELBSecurityPolicy-FS-1-2-2019-08', protocols: V12 },
  { name: 'ELBSecurityPolicy-FS-1-1-2019-08', protocols: V11_12 },
  { name: 'ELBSecurityPolicy-FS-2018-06', protocols: V10_12 },
  { name: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06', protocols: V12 },
  { name: 'ELBSecurityPolicy-TLS-1-2-2017-01', protocols: V12 },
  { name: 'ELBSecurityPolicy-TLS-1-1-2017-01', protocols: V11_12 },
  { name: 'ELBSecurityPolicy-2016-08', protocols: V10_12 },
  { name: 'ELBSecurityPolicy-TLS-1-0-2015-04', protocols: V10_12 },
  { name: 'ELBSecurityPolicy-2015-05', protocols: V10_12 },
];

// ---------------------------------------------------------------------------------------------
// Load balancers (CreateLoadBalancer; issue 12, item 8).

/** A new load balancer is an Application Load Balancer unless its Type says otherwise (CreateLoadBalancer Type). */
export const DEFAULT_LOAD_BALANCER_TYPE: LoadBalancerType = 'application';
/** A new load balancer is internet-facing unless its Scheme says otherwise (CreateLoadBalancer Scheme). */
export const DEFAULT_SCHEME = 'internet-facing';

/**
 * CreateLoadBalancer members (and SubnetMapping members) that only some load-balancer types take:
 * the "[Application Load Balancers]" / "[Network Load Balancers]" tags of their documentation, and
 * Scheme's sentence that a Gateway Load Balancer takes no scheme. test/loadBalancerFacts.test.ts
 * checks each against the service model.
 */
export const LOAD_BALANCER_MEMBER_TYPES: Readonly<Record<string, readonly LoadBalancerType[]>> = {
  'CreateLoadBalancerInput.Scheme': ['application', 'network'],
  'CreateLoadBalancerInput.SecurityGroups': ['application', 'network'],
  'CreateLoadBalancerInput.CustomerOwnedIpv4Pool': ['application'],
  'CreateLoadBalancerInput.IpamPools': ['application'],
  'CreateLoadBalancerInput.EnablePrefixForIpv6SourceNat': ['network'],
  'SubnetMapping.AllocationId': ['network'],
  'SubnetMapping.PrivateIPv4Address': ['network'],
  'SubnetMapping.IPv6Address': ['network'],
  'SubnetMapping.SourceNatIpv6Prefix': ['network'],
};

/** The IP address types each type of load balancer takes (CreateLoadBalancer IpAddressType). */
export const IP_ADDRESS_TYPES: Readonly<Record<LoadBalancerType, readonly string[]>> = {
  application: ['ipv4', 'dualstack', 'dualstack-without-public-ipv4'],
  network: ['ipv4', 'dualstack'],
  gateway: ['ipv4', 'dualstack'],
};
/** The IP address types an internal load balancer takes (CreateLoadBalancer IpAddressType). */
export const INTERNAL_IP_ADDRESS_TYPES: readonly string[] = ['ipv4'];
/** EnablePrefixForIpv6SourceNat `on` needs this IpAddressType (CreateLoadBalancer EnablePrefixForIpv6SourceNat). */
export const SOURCE_NAT_IP_ADDRESS_TYPE = 'dualstack';
/**
 * An Application Load Balancer needs subnets in at least this many Availability Zones
 * (CreateLoadBalancer Subnets and SubnetMappings), except on Outposts (one Outpost subnet) and in
 * Local Zones (one or more).
 */
export const MIN_APPLICATION_LOAD_BALANCER_ZONES = 2;
/** A subnet mapping's member that only an internet-facing or only an internal load balancer takes (SubnetMappings). */
export const SUBNET_MAPPING_SCHEMES: Readonly<Record<string, string>> = {
  AllocationId: 'internet-facing',
  PrivateIPv4Address: 'internal',
};
