// The findings kept between checks of a template (template/cache.ts) must be exactly what a check
// from scratch gives: random edits in resources, in the resources they refer to (and those refer
// to), in parameters and conditions, and edits that move everything after them; after each, the
// findings of the check that could reuse kept ones are compared with those of a check with nothing
// kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService, type Analysis } from '../server/src/service/languageService';
import { clearTemplateFindingsCache } from '../server/src/service/template/cache';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Proto:
    Type: String
    Default: HTTPS
    AllowedValues: [HTTP, HTTPS]
  Stickiness:
    Type: String
    Default: 'false'
    AllowedValues: ['true', 'false']
Conditions:
  Sticky: !Equals [!Ref Stickiness, 'true']
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: application
      Scheme: internet-facing
      Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
      SecurityGroups: [!GetAtt Guard.GroupId]
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Protocol: !Ref Proto
      Port: 443
      Certificates:
        - CertificateArn: arn:aws:acm:us-west-2:123456789012:certificate/12345678-1234-1234-1234-123456789012
      DefaultActions:
        - Type: forward
          TargetGroupArn: !Ref Targets
  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Listener
      Priority: 10
      Conditions:
        - Field: path-pattern
          PathPatternConfig:
            Values: [/api/*]
      Actions:
        - Type: forward
          TargetGroupArn: !GetAtt Targets.TargetGroupArn
  Redirect:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Listener
      Priority: 20
      Conditions:
        - Field: path-pattern
          PathPatternConfig:
            Values: [/old/*]
      Actions:
        - Type: redirect
          RedirectConfig:
            Port: '443'
            StatusCode: HTTP_301
  Targets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Protocol: HTTP
      Port: 8080
      VpcId: vpc-0a1b2c3d
      HealthCheckPath: /health
      TargetGroupAttributes:
        - Key: stickiness.enabled
          Value: !If [Sticky, 'true', 'false']
        - Key: deregistration_delay.timeout_seconds
          Value: '30'
  Other:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Protocol: TCP
      Port: 70000
      VpcId: vpc-0a1b2c3d
  Guard:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: vpc-0f0e0d0c
`;

/** Replacements that change what a resource, a resource it refers to, or a section says. */
const SWAPS: [string, string][] = [
  ['Protocol: HTTP\n', 'Protocol: HTTPS\n'],
  ['Protocol: HTTPS\n', 'Protocol: HTTP\n'],
  ['Protocol: TCP', 'Protocol: UDP'],
  ['Protocol: UDP', 'Protocol: TCP'],
  ['Default: HTTPS', 'Default: HTTP'],
  ['Default: HTTP\n', 'Default: HTTPS\n'],
  ['AllowedValues: [HTTP, HTTPS]', 'AllowedValues: [HTTPS]'],
  ['AllowedValues: [HTTPS]', 'AllowedValues: [HTTP, HTTPS]'],
  ['Type: application', 'Type: network'],
  ['Type: network', 'Type: application'],
  // What a listener reads of its load balancer is its Type (written or not) and whether it exists.
  ['      Type: application\n', ''],
  ['      Scheme: internet-facing\n', '      Type: application\n      Scheme: internet-facing\n'],
  ['  Lb:\n    Type:', '  Lb:\n    Condition: Sticky\n    Type:'],
  ['  Lb:\n    Condition: Sticky\n', '  Lb:\n'],
  ['LoadBalancer\n', 'LoadBalance\n'],
  ['LoadBalance\n', 'LoadBalancer\n'],
  ['Scheme: internet-facing', 'Scheme: internal'],
  ['Scheme: internal', 'Scheme: internet-facing'],
  // What a forward reads of its target group is its protocol and target type.
  ['      Port: 70000\n', '      Port: 70000\n      TargetType: lambda\n'],
  ['      TargetType: lambda\n', ''],
  ['HealthCheckPath: /health\n', 'HealthCheckPath: /healthz\n'],
  ['TargetGroup\n', 'TargetGrou\n'],
  ['TargetGrou\n', 'TargetGroup\n'],
  // A resource of another service that a load balancer refers to.
  ['      VpcId: vpc-0f0e0d0c\n', ''],
  ['GroupDescription: web\n', 'GroupDescription: web\n      VpcId: vpc-0f0e0d0c\n'],
  ['Guard.GroupId', 'Guard.VpcId'],
  ['Guard.VpcId', 'Guard.GroupId'],
  ['!Ref Targets', '!Ref Other'],
  ['!Ref Other', '!Ref Targets'],
  ['Targets.TargetGroupArn', 'Other.TargetGroupArn'],
  ['Other.TargetGroupArn', 'Targets.TargetGroupArn'],
  ["Default: 'false'", "Default: 'true'"],
  ["Default: 'true'", "Default: 'false'"],
  // What a rule reads of its listener is its protocol, port and load balancer; not its actions or
  // certificates.
  ['Port: 443', 'Port: 8443'],
  ['Port: 8443', 'Port: 443'],
  ['certificate/12345678-', 'certificate/87654321-'],
  ['certificate/87654321-', 'certificate/12345678-'],
  [
    '          TargetGroupArn: !Ref Targets\n',
    '          TargetGroupArn: !Ref Targets\n          Order: 0\n',
  ],
  ['          Order: 0\n', ''],
  ['Priority: 10', 'Priority: 0'],
  ['Priority: 0', 'Priority: 10'],
  ["'30'", "'9000'"],
  ["'9000'", "'30'"],
  ['  Other:\n', '  Othe:\n'],
  ['  Othe:\n', '  Other:\n'],
];

function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
    return x / 2 ** 32;
  };
}

// Several walks: one is a single path through the swaps, and a missing part of a key shows only
// where the walk edits it and then checks a resource that kept findings across that edit.
for (const seed of [12, 13, 14, 15])
  test(`findings kept between checks of a template equal those of a check from scratch (walk ${seed})`, () => {
    const service = createLanguageService();
    const next = random(seed);
    let text = TEMPLATE;
    let previous: Analysis | undefined;
    let findings = 0;
    for (let step = 0; step < 250; step++) {
      const r = next();
      if (r < 0.6) {
        const [from, to] = SWAPS[Math.floor(next() * SWAPS.length)] as [string, string];
        if (text.includes(from)) text = text.replace(from, to);
      } else {
        // A comment line added or removed at a random line start: every offset after it moves.
        const lines = text.split('\n');
        const at = 1 + Math.floor(next() * (lines.length - 2));
        if (lines[at]?.startsWith('#')) lines.splice(at, 1);
        else lines.splice(at, 0, `# comment ${step}`);
        text = lines.join('\n');
      }
      const kept = service.check({ text, syntax: 'yaml', named: false }, previous);
      clearTemplateFindingsCache();
      const fresh = service.check({ text, syntax: 'yaml', named: false });
      assert.deepEqual(kept.findings, fresh.findings, `step ${step}:\n${text}`);
      findings += fresh.findings.length;
      // Warm the cache again from this text, as the editor's next check would find it.
      previous = service.check({ text, syntax: 'yaml', named: false });
    }
    assert.ok(findings > 300, `the edits should have found something (${findings} findings)`);
  });
