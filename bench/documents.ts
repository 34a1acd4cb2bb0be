// The documents the benchmark edits: a typical CreateListener request and a large
// describe-listeners output, generated here so every run measures the same bytes.
import { parse } from 'yaml';

const REGION_ACCOUNT = 'us-west-2:123456789012';

/** A ~30-line HTTPS CreateListener request with an OIDC authentication action. */
export function typicalListener(): string {
  return `# aws elbv2 create-listener --cli-input-yaml file://listener.elbv2.yaml
LoadBalancerArn: arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:loadbalancer/app/my-load-balancer/50dc6c495c0c9188
Protocol: HTTPS
Port: 443
SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-2021-06
Certificates:
  - CertificateArn: arn:aws:acm:${REGION_ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012
DefaultActions:
  - Type: authenticate-oidc
    Order: 1
    AuthenticateOidcConfig:
      Issuer: https://idp.example.com
      AuthorizationEndpoint: https://idp.example.com/oauth2/authorize
      TokenEndpoint: https://idp.example.com/oauth2/token
      UserInfoEndpoint: https://idp.example.com/oauth2/userinfo
      ClientId: my-client-id
      ClientSecret: my-client-secret
      OnUnauthenticatedRequest: authenticate
  - Type: forward
    Order: 2
    ForwardConfig:
      TargetGroups:
        - TargetGroupArn: arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:targetgroup/blue/73e2d6bc24d8a067
          Weight: 90
        - TargetGroupArn: arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:targetgroup/green/2453ed029918f21f
          Weight: 10
      TargetGroupStickinessConfig:
        Enabled: true
        DurationSeconds: 3600
Tags:
  - Key: team
    Value: payments
`;
}

function hex(n: number, width: number): string {
  // A deterministic pseudo-random id: the same document every run.
  let x = (n + 1) * 2654435761;
  let out = '';
  while (out.length < width) {
    x = (x ^ (x >>> 13)) * 1274126177;
    x = x >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, width);
}

/** One listener of a describe-listeners output, in the AWS CLI's YAML style. */
export function describedListener(i: number): string {
  const lb = `app-load-balancer-${String(Math.floor(i / 4)).padStart(4, '0')}`;
  const lbId = hex(Math.floor(i / 4), 16);
  const lbArn = `arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:loadbalancer/app/${lb}/${lbId}`;
  const listenerArn = `arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:listener/app/${lb}/${lbId}/${hex(i + 7919, 16)}`;
  const tgArn = `arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:targetgroup/web-targets-${String(i).padStart(4, '0')}/${hex(i + 104729, 16)}`;
  if (i % 2 === 1)
    return `- ListenerArn: ${listenerArn}
  LoadBalancerArn: ${lbArn}
  Port: ${8000 + (i % 1000)}
  Protocol: HTTP
  DefaultActions:
  - Type: redirect
    Order: 1
    RedirectConfig:
      Protocol: HTTPS
      Port: '443'
      Host: '#{host}'
      StatusCode: HTTP_301
`;
  return `- ListenerArn: ${listenerArn}
  LoadBalancerArn: ${lbArn}
  Port: 443
  Protocol: HTTPS
  Certificates:
  - CertificateArn: arn:aws:acm:${REGION_ACCOUNT}:certificate/${hex(i, 8)}-1234-1234-1234-${hex(i + 31, 12)}
  SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
  DefaultActions:
  - Type: forward
    TargetGroupArn: ${tgArn}
    Order: 1
`;
}

/** A describe-listeners output with `count` listeners (2,000: ~23,000 lines, ~1.1 MB). */
export function largeDescribeListeners(count = 2000): string {
  const parts = ['Listeners:\n'];
  for (let i = 0; i < count; i++) parts.push(describedListener(i));
  return parts.join('');
}

/** The same document written as JSON (`JSON.stringify(data, null, 2)`): the same data, comments dropped. */
export function asJson(yamlText: string): string {
  return `${JSON.stringify(parse(yamlText), null, 2)}\n`;
}

/** The n-th of the CLI workload's ~30-line files: the typical listener with its own names. */
export function cliFile(n: number): string {
  return typicalListener()
    .replace('my-load-balancer', `lb-${n}`)
    .replace('my-client-id', `client-${n}`)
    .replace('Port: 443', `Port: ${443 + (n % 1000)}`);
}

/** A GeoJSON FeatureCollection of about `bytes` bytes: JSON an editor opens that is no ELBv2 document. */
export function unrelatedGeoJson(bytes: number): string {
  const features: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const feature = JSON.stringify({
      type: 'Feature',
      properties: { Name: `parcel ${i}`, Port: i % 65536, area: (i * 37) % 1000 },
      geometry: { type: 'Point', coordinates: [(i % 360) - 180 + 0.123456, (i % 180) - 90 + 0.654321] },
    });
    features.push(feature);
    size += feature.length + 1;
  }
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}

/** Kubernetes-like manifests of about `bytes` bytes: YAML an editor opens that is no ELBv2 document. */
export function unrelatedYaml(bytes: number): string {
  const parts: string[] = ['apiVersion: v1', 'kind: List', 'items:'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = [
      '  - apiVersion: v1',
      '    kind: ConfigMap',
      '    metadata:',
      `      name: settings-${i}`,
      '      labels: { app: web, tier: frontend }',
      '    data:',
      `      Name: value-${i}`,
      `      Listeners: "${i % 7}"`,
      '      description: |',
      '        A block scalar whose lines look like keys:',
      '        Protocol: HTTP',
    ].join('\n');
    parts.push(item);
    size += item.length + 1;
  }
  return `${parts.join('\n')}\n`;
}

/**
 * A ~300-line CloudFormation template of an ALB stack in an existing VPC: parameters, a mapping,
 * conditions, `!Ref`/`!GetAtt`/`!If`/`!Sub`, a load balancer, 2 listeners, 4 listener rules,
 * 3 target groups with attributes, and a few resources of other services.
 */
export function typicalTemplate(): string {
  const targetGroup = (
    name: string,
    port: number,
    path: string,
    slowStart: string,
  ): string => `  ${name}TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Name: !Sub '\${AppName}-${name.toLowerCase()}-\${Environment}'
      VpcId: !Ref VpcId
      Protocol: HTTP
      Port: ${port}
      TargetType: ip
      HealthCheckPath: ${path}
      HealthCheckIntervalSeconds: 15
      HealthCheckTimeoutSeconds: 5
      HealthyThresholdCount: 3
      UnhealthyThresholdCount: 3
      Matcher:
        HttpCode: 200-299
      TargetGroupAttributes:
        - Key: deregistration_delay.timeout_seconds
          Value: '30'
        - Key: slow_start.duration_seconds
          Value: '${slowStart}'
        - Key: stickiness.enabled
          Value: !If [UseStickiness, 'true', 'false']
        - Key: stickiness.type
          Value: lb_cookie
      Tags:
        - Key: app
          Value: !Ref AppName
`;
  const rule = (name: string, priority: number, condition: string, target: string): string => `  ${name}Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref HttpsListener
      Priority: ${priority}
      Conditions:
${condition}
      Actions:
        - Type: forward
          ForwardConfig:
            TargetGroups:
              - TargetGroupArn: !Ref ${target}TargetGroup
                Weight: 1
            TargetGroupStickinessConfig:
              Enabled: !If [UseStickiness, true, false]
              DurationSeconds: 3600
`;
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  An application load balancer in front of three services of an existing VPC, with HTTPS,
  host- and path-based routing, access logs and a DNS name.

Parameters:
  AppName:
    Type: String
    Default: shop
    AllowedPattern: '[a-z][a-z0-9-]*'
  Environment:
    Type: String
    Default: prod
    AllowedValues: [dev, staging, prod]
  VpcId:
    Type: AWS::EC2::VPC::Id
  PublicSubnets:
    Type: List<AWS::EC2::Subnet::Id>
  CertificateArn:
    Type: String
    Description: ACM certificate for the HTTPS listener
  HostedZoneId:
    Type: AWS::Route53::HostedZone::Id
  DomainName:
    Type: String
    Default: shop.example.com
  EnableStickiness:
    Type: String
    Default: 'false'
    AllowedValues: ['true', 'false']

Mappings:
  EnvironmentSettings:
    dev:
      IdleTimeout: '30'
      LogRetention: '7'
    staging:
      IdleTimeout: '60'
      LogRetention: '14'
    prod:
      IdleTimeout: '120'
      LogRetention: '90'

Conditions:
  IsProduction: !Equals [!Ref Environment, prod]
  UseStickiness: !Equals [!Ref EnableStickiness, 'true']
  KeepLogs: !Or [!Condition IsProduction, !Equals [!Ref Environment, staging]]

Resources:
  LoadBalancerSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub '\${AppName} load balancer'
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 80
          ToPort: 80
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0

  AccessLogBucket:
    Type: AWS::S3::Bucket
    Condition: KeepLogs
    Properties:
      BucketName: !Sub '\${AppName}-\${Environment}-alb-logs-\${AWS::AccountId}'
      LifecycleConfiguration:
        Rules:
          - Id: expire
            Status: Enabled
            ExpirationInDays: !FindInMap [EnvironmentSettings, !Ref Environment, LogRetention]

  LoadBalancer:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Name: !Sub '\${AppName}-\${Environment}'
      Type: application
      Scheme: internet-facing
      IpAddressType: ipv4
      Subnets: !Ref PublicSubnets
      SecurityGroups:
        - !GetAtt LoadBalancerSecurityGroup.GroupId
      LoadBalancerAttributes:
        - Key: idle_timeout.timeout_seconds
          Value: !FindInMap [EnvironmentSettings, !Ref Environment, IdleTimeout]
        - Key: routing.http2.enabled
          Value: 'true'
        - Key: access_logs.s3.enabled
          Value: !If [KeepLogs, 'true', 'false']
        - Key: access_logs.s3.bucket
          Value: !If [KeepLogs, !Ref AccessLogBucket, !Ref AWS::NoValue]
        - Key: deletion_protection.enabled
          Value: !If [IsProduction, 'true', 'false']
      Tags:
        - Key: app
          Value: !Ref AppName

  HttpListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref LoadBalancer
      Protocol: HTTP
      Port: 80
      DefaultActions:
        - Type: redirect
          RedirectConfig:
            Protocol: HTTPS
            Port: '443'
            Host: '#{host}'
            Path: '/#{path}'
            Query: '#{query}'
            StatusCode: HTTP_301

  HttpsListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref LoadBalancer
      Protocol: HTTPS
      Port: 443
      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
      Certificates:
        - CertificateArn: !Ref CertificateArn
      DefaultActions:
        - Type: fixed-response
          FixedResponseConfig:
            StatusCode: '404'
            ContentType: text/plain
            MessageBody: Not found

${rule(
  'Api',
  10,
  `        - Field: path-pattern
          PathPatternConfig:
            Values: [/api/*]`,
  'Api',
)}
${rule(
  'Admin',
  20,
  `        - Field: host-header
          HostHeaderConfig:
            Values: [!Sub 'admin.\${DomainName}']
        - Field: source-ip
          SourceIpConfig:
            Values: [10.0.0.0/8]`,
  'Admin',
)}
${rule(
  'Static',
  30,
  `        - Field: path-pattern
          PathPatternConfig:
            Values: [/static/*, /assets/*]
        - Field: http-request-method
          HttpRequestMethodConfig:
            Values: [GET, HEAD]`,
  'Web',
)}
${rule(
  'Web',
  40,
  `        - Field: host-header
          HostHeaderConfig:
            Values: [!Ref DomainName]`,
  'Web',
)}
${targetGroup('Api', 8080, '/api/health', '30')}
${targetGroup('Admin', 8081, '/admin/health', '0')}
${targetGroup('Web', 3000, '/', '60')}
  DnsRecord:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneId: !Ref HostedZoneId
      Name: !Ref DomainName
      Type: A
      AliasTarget:
        DNSName: !GetAtt LoadBalancer.DNSName
        HostedZoneId: !GetAtt LoadBalancer.CanonicalHostedZoneID


Outputs:
  LoadBalancerDns:
    Value: !GetAtt LoadBalancer.DNSName
  HttpsListenerArn:
    Value: !Ref HttpsListener
    Export:
      Name: !Sub '\${AWS::StackName}-https-listener'
`;
}

/** The n-th of the CLI workload's template files: the typical template with its own names. */
export function cliTemplate(n: number): string {
  return typicalTemplate()
    .replace('Default: shop\n', `Default: shop-${n}\n`)
    .replace('HealthCheckPath: /api/health', `HealthCheckPath: /api/health/${n}`);
}

/**
 * A CDK-like synthesized template in JSON (one-space indentation, as `cdk synth` writes it) with
 * `resources` resources, about 1 MB for 2,000: load balancers with an HTTP and an HTTPS listener
 * each, and per service a target group, a listener rule and a resource of another kind.
 */
export function largeTemplate(resources = 2000): string {
  const loadBalancers = 10;
  const out: Record<string, unknown> = {};
  const ref = (id: string): unknown => ({ Ref: id });
  const tags = (): unknown[] => [{ Key: 'Environment', Value: ref('Environment') }];
  for (let lb = 0; lb < loadBalancers; lb++) {
    const id = `PlatformAlb${lb}LB${hex(lb, 8).toUpperCase()}`;
    out[id] = {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: {
        LoadBalancerAttributes: [
          { Key: 'deletion_protection.enabled', Value: 'false' },
          { Key: 'idle_timeout.timeout_seconds', Value: '60' },
        ],
        Scheme: 'internet-facing',
        SecurityGroups: [{ 'Fn::GetAtt': ['PlatformAlbSecurityGroup', 'GroupId'] }],
        Subnets: [{ Ref: 'PublicSubnet1' }, { Ref: 'PublicSubnet2' }],
        Type: 'application',
      },
      Metadata: { 'aws:cdk:path': `Platform/Alb${lb}/Resource` },
    };
    out[`PlatformAlb${lb}HttpListener${hex(lb + 50, 8).toUpperCase()}`] = {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        DefaultActions: [
          {
            RedirectConfig: { Port: '443', Protocol: 'HTTPS', StatusCode: 'HTTP_301' },
            Type: 'redirect',
          },
        ],
        LoadBalancerArn: ref(id),
        Port: 80,
        Protocol: 'HTTP',
      },
      Metadata: { 'aws:cdk:path': `Platform/Alb${lb}/HttpListener/Resource` },
    };
    out[httpsListenerId(lb)] = {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        Certificates: [{ CertificateArn: ref('CertificateArn') }],
        DefaultActions: [
          {
            FixedResponseConfig: { ContentType: 'text/plain', MessageBody: 'Not found', StatusCode: '404' },
            Type: 'fixed-response',
          },
        ],
        LoadBalancerArn: ref(id),
        Port: 443,
        Protocol: 'HTTPS',
        SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      },
      Metadata: { 'aws:cdk:path': `Platform/Alb${lb}/HttpsListener/Resource` },
    };
  }
  out.PlatformAlbSecurityGroup = {
    Type: 'AWS::EC2::SecurityGroup',
    Properties: { GroupDescription: 'Platform load balancers', VpcId: ref('VpcId') },
  };
  for (let i = 0; Object.keys(out).length < resources; i++) {
    const service = `Service${String(i).padStart(4, '0')}`;
    const tg = `${service}TargetGroup${hex(i + 7, 8).toUpperCase()}`;
    out[tg] = {
      Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
      Properties: {
        HealthCheckIntervalSeconds: 15,
        HealthCheckPath: `/${service.toLowerCase()}/health`,
        Matcher: { HttpCode: '200' },
        Port: 8000 + (i % 1000),
        Protocol: 'HTTP',
        TargetGroupAttributes: [
          { Key: 'deregistration_delay.timeout_seconds', Value: '30' },
          { Key: 'stickiness.enabled', Value: { 'Fn::If': ['UseStickiness', 'true', 'false'] } },
        ],
        TargetType: 'ip',
        VpcId: ref('VpcId'),
        Tags: tags(),
      },
    };
    if (Object.keys(out).length >= resources) break;
    out[`${service}Rule${hex(i + 11, 8).toUpperCase()}`] = {
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        Actions: [{ TargetGroupArn: ref(tg), Type: 'forward' }],
        Conditions: [
          { Field: 'path-pattern', PathPatternConfig: { Values: [`/${service.toLowerCase()}/*`] } },
          {
            Field: 'host-header',
            HostHeaderConfig: { Values: [{ 'Fn::Sub': `${service.toLowerCase()}.\${DomainName}` }] },
          },
        ],
        ListenerArn: ref(httpsListenerId(i % loadBalancers)),
        Priority: Math.floor(i / loadBalancers) + 1,
      },
    };
    if (Object.keys(out).length >= resources) break;
    out[`${service}LogGroup${hex(i + 13, 8).toUpperCase()}`] =
      i % 2 === 0
        ? {
            Type: 'AWS::Logs::LogGroup',
            Properties: { LogGroupName: `/platform/${service.toLowerCase()}`, RetentionInDays: 30 },
            UpdateReplacePolicy: 'Retain',
            DeletionPolicy: 'Retain',
          }
        : {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
              IpProtocol: 'tcp',
              FromPort: 8000 + (i % 1000),
              ToPort: 8000 + (i % 1000),
              GroupId: { 'Fn::GetAtt': ['PlatformAlbSecurityGroup', 'GroupId'] },
              CidrIp: '10.0.0.0/16',
              Description: `Load balancer to ${service}`,
            },
          };
  }
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Platform: shared load balancers and their services (synthesized)',
    Parameters: {
      Environment: { Type: 'String', Default: 'prod', AllowedValues: ['dev', 'prod'] },
      EnableStickiness: { Type: 'String', Default: 'false', AllowedValues: ['true', 'false'] },
      VpcId: { Type: 'AWS::EC2::VPC::Id' },
      PublicSubnet1: { Type: 'AWS::EC2::Subnet::Id' },
      PublicSubnet2: { Type: 'AWS::EC2::Subnet::Id' },
      CertificateArn: { Type: 'String' },
      DomainName: { Type: 'String', Default: 'example.com' },
    },
    Conditions: { UseStickiness: { 'Fn::Equals': [{ Ref: 'EnableStickiness' }, 'true'] } },
    Resources: out,
  };
  return `${JSON.stringify(template, undefined, 1)}\n`;
}

function httpsListenerId(lb: number): string {
  return `PlatformAlb${lb}HttpsListener${hex(lb + 90, 8).toUpperCase()}`;
}
