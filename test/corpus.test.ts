// Real documents written by others (../shared/corpus) must get no false errors: every listener,
// rule, target-group, load-balancer or attribute document and every CloudFormation template is
// recognised and clean (or really invalid, as KNOWN_INVALID says why), and every other YAML or JSON
// file gets no findings at all.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService, syntaxOfPath } from '../server/src/service/languageService';
import { missingShared, sharedPath } from './support/shared';

const skip = missingShared('corpus');
const service = createLanguageService();

/**
 * Upstream documents that really are invalid, with the findings that prove it. A template finding
 * that holds only for some parameter values is still a real one: CloudFormation fails the stack
 * for those values.
 */
const KNOWN_INVALID: Record<string, { ruleIds: string[]; reason: string }> = {
  'aws-cli-examples/extracted/modify-listener.ex2.output4.json': {
    ruleIds: ['json-syntax'],
    reason: 'trailing comma after StatusCode in the documented CLI output',
  },
  'aws-cli-examples/extracted/modify-listener.ex3.output6.json': {
    ruleIds: ['json-syntax'],
    reason: 'trailing comma in the documented CLI output',
  },
  'aws-cdk-integ-excerpts/aws-cdk-elbv2-regex-path-patterns.template.json': {
    ruleIds: ['json-syntax', 'template-reference'],
    reason:
      'invalid JSON upstream (unescaped quotes in MessageBody, a "\\." escape), and it refers to VPC subnets it does not hold',
  },
  'aws-cf-templates/ecs/service-cluster-alb.yaml': {
    ruleIds: ['rule-conditions-required'],
    reason:
      'with neither LoadBalancerPath nor LoadBalancerHostPattern given, the last Fn::If branch leaves `Conditions: []`, which CreateRule rejects',
  },
  'aws-cf-templates/fargate/service-cluster-alb.yaml': {
    ruleIds: ['rule-conditions-required'],
    reason: 'the same empty `Conditions` branch as ecs/service-cluster-alb.yaml',
  },
  'aws-gateway-load-balancer-code-samples/aws-cloudformation/vpc_routing_enhancement_architectures/templates/IngressVpcAlb.yaml':
    {
      ruleIds: ['certificate-required'],
      reason: 'ListenerProtocol allows HTTPS, and the listener then has no certificate',
    },
  'aws-gateway-load-balancer-code-samples/aws-cloudformation/vpc_routing_enhancement_architectures/templates/IngressVpcNlb.yaml':
    {
      ruleIds: ['invalid-attribute-value'],
      reason: 'ListenerProtocol allows UDP, and a UDP target group cannot turn preserve_client_ip off',
    },
  'aws-cloudformation-templates/Solutions/CloudFrontCustomOriginLambda@Edge/CloudFront.json': {
    ruleIds: [
      'attribute-not-applicable',
      'condition-field-load-balancer-type',
      'forward-target-group-fits',
      'listener-protocol-load-balancer-type',
    ],
    reason:
      'ALBType allows network, and then idle_timeout and routing.http2 are Application Load Balancer attributes, ' +
      'the HTTPS listener, its HTTP target group and its path-pattern rule are too',
  },
  'aws-cloudformation-templates/Solutions/CloudFrontCustomOriginLambda@Edge/CloudFront.yaml': {
    ruleIds: [
      'attribute-not-applicable',
      'condition-field-load-balancer-type',
      'forward-target-group-fits',
      'listener-protocol-load-balancer-type',
    ],
    reason: 'as CloudFront.json',
  },
};

/**
 * The CDK excerpts hold only the ELBv2 resources of a synthesized template (SOURCES.md says so):
 * their references to the VPC, certificates and user pools that were cut away dangle.
 */
function knownInvalid(rel: string): { ruleIds: string[]; reason: string } | undefined {
  if (/^aws-cdk-integ-excerpts\/.*\.elbv2-excerpt\.template\.json$/.test(rel))
    return {
      ruleIds: ['template-reference'],
      reason: 'an excerpt: the resources it refers to were cut away',
    };
  return KNOWN_INVALID[rel];
}

/** cfn-lint's own test templates, snippets made to fail: test/cfnLintDifferential.test.ts holds them against cfn-lint. */
const CFN_LINT_FIXTURES = 'cfn-lint/fixtures/';

/** A CreateRule request from a create-rule example: its flags, and the files they name. */
function createRuleRequest(dir: string, command: string): Record<string, unknown> {
  const example = command.replace(/\.cmd\d+\.sh\.txt$/, '');
  const line = fs.readFileSync(path.join(dir, command), 'utf8').replace(/\\\r?\n/g, ' ');
  const flag = (name: string): string | undefined => new RegExp(`--${name}\\s+(\\S+)`).exec(line)?.[1];
  const value = (text: string | undefined): unknown => {
    if (text === undefined) return undefined;
    const file = /^file:\/\/(.+)$/.exec(text)?.[1];
    if (file) return JSON.parse(fs.readFileSync(path.join(dir, `${example}.${file}`), 'utf8')) as unknown;
    // Shorthand syntax: Key=Value,Key=Value for one structure.
    return [Object.fromEntries(text.split(',').map((pair) => pair.split('=') as [string, string]))];
  };
  return {
    ListenerArn: flag('listener-arn'),
    Priority: Number(flag('priority')),
    Conditions: value(flag('conditions')),
    Actions: value(flag('actions')),
  };
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(e.name) && e.name !== '_index.json') out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

describe('corpus', { skip }, () => {
  const root = sharedPath('corpus');
  const all = skip ? [] : files(root);
  const recognised: string[] = [];

  for (const full of all) {
    const rel = path.relative(root, full).split(path.sep).join('/');
    test(rel, () => {
      const text = fs.readFileSync(full, 'utf8');
      const { kind, findings } = service.check({ text, syntax: syntaxOfPath(full), named: false });
      if (kind) recognised.push(`${rel} (${kind.kind})`);
      if (rel.startsWith(CFN_LINT_FIXTURES)) return;
      const known = knownInvalid(rel);
      if (known) {
        for (const ruleId of known.ruleIds)
          assert.ok(
            findings.some((f) => f.ruleId === ruleId),
            `${rel} should report ${ruleId}: ${known.reason}`,
          );
        assert.deepEqual(
          findings.filter((f) => !known.ruleIds.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`),
          [],
          `${rel}: only ${known.ruleIds.join(', ')} (${known.reason})`,
        );
        return;
      }
      const errors = findings.filter((f) => f.severity === 'error');
      assert.deepEqual(
        errors.map((f) => `${f.ruleId}: ${f.message} @${f.start}`),
        [],
        `${rel} (${kind?.kind ?? 'not an ELBv2 document'})`,
      );
      if (!kind) assert.deepEqual(findings, [], `${rel} is not an ELBv2 document and must get no findings`);
    });
  }

  // The AWS CLI's create-rule examples give the request in pieces: flags on the command line and
  // the conditions and actions in files beside it. Put together, each is a CreateRule request.
  test('the AWS CLI create-rule examples, put together as requests, are recognised and clean', () => {
    const dir = path.join(root, 'aws-cli-examples', 'extracted');
    const commands = fs.readdirSync(dir).filter((f) => /^create-rule\.ex\d+\.cmd\d+\.sh\.txt$/.test(f));
    assert.ok(commands.length >= 3, `expected the create-rule examples, found ${commands.join(', ')}`);
    for (const command of commands) {
      const request = createRuleRequest(dir, command);
      const text = JSON.stringify(request, null, 2);
      const { kind, findings } = service.check({ text, syntax: 'json', named: false });
      assert.equal(kind?.kind, 'create-rule', `${command} is not recognised:\n${text}`);
      assert.deepEqual(
        findings.map((f) => `${f.ruleId}: ${f.message}`),
        [],
        `${command}:\n${text}`,
      );
    }
  });

  test('findings per real document, none of them false (the README says these numbers)', () => {
    let documents = 0;
    let templates = 0;
    let findings = 0;
    for (const full of all) {
      const rel = path.relative(root, full).split(path.sep).join('/');
      const text = fs.readFileSync(full, 'utf8');
      const result = service.check({ text, syntax: syntaxOfPath(full), named: false });
      if (!result.kind || rel.startsWith(CFN_LINT_FIXTURES)) continue;
      documents++;
      if (result.kind.kind === 'cloudformation-template') templates++;
      findings += result.findings.length;
      for (const f of result.findings)
        assert.ok(knownInvalid(rel)?.ruleIds.includes(f.ruleId), `${rel}: ${f.ruleId}: ${f.message}`);
    }
    assert.deepEqual(
      { files: all.length, documents, templates, findings },
      { files: 184, documents: 123, templates: 58, findings: 59 },
    );
  });

  test('recognises the listener and target-group documents of the AWS CLI and botocore examples', () => {
    const wanted = [
      'botocore-examples/extracted/CreateListener.1.input.json',
      'botocore-examples/extracted/CreateListener.2.input.json',
      'botocore-examples/extracted/ModifyListener.1.input.json',
      'botocore-examples/extracted/CreateTargetGroup.1.input.json',
      'botocore-examples/extracted/ModifyTargetGroup.1.input.json',
      'botocore-examples/extracted/DescribeListeners.1.output.json',
      'botocore-examples/extracted/DescribeTargetGroups.1.output.json',
      'aws-cli-examples/extracted/create-listener.ex6.output7.json',
      'aws-cli-examples/extracted/describe-listeners.ex0.output2.json',
      'aws-cli-examples/extracted/create-target-group.ex1.output2.json',
      'aws-cli-examples/extracted/modify-target-group.ex0.output2.json',
      'botocore-examples/extracted/CreateRule.1.input.json',
      'botocore-examples/extracted/CreateRule.1.output.json',
      'botocore-examples/extracted/ModifyRule.1.input.json',
      'botocore-examples/extracted/DescribeRules.1.output.json',
      'botocore-examples/extracted/SetRulePriorities.1.input.json',
      'aws-cli-examples/extracted/modify-rule.ex0.output2.json',
      'aws-cli-examples/extracted/set-rule-priorities.ex0.output2.json',
    ];
    const names = recognised.map((r) => r.replace(/ \(.*\)$/, ''));
    for (const w of wanted)
      assert.ok(names.includes(w), `${w} should be recognised; recognised: ${recognised.join(', ')}`);
  });

  test('recognises the attribute and load-balancer documents, each as its kind', () => {
    const wanted: Record<string, string> = {
      'botocore-examples/extracted/ModifyTargetGroupAttributes.1.input.json':
        'modify-target-group-attributes',
      'botocore-examples/extracted/ModifyLoadBalancerAttributes.3.input.json':
        'modify-load-balancer-attributes',
      'botocore-examples/extracted/DescribeTargetGroupAttributes.1.output.json':
        'describe-target-group-attributes',
      'botocore-examples/extracted/DescribeLoadBalancerAttributes.1.output.json':
        'describe-load-balancer-attributes',
      'aws-cli-examples/extracted/describe-target-group-attributes.ex0.output3.json':
        'describe-target-group-attributes',
      'aws-cli-examples/extracted/describe-load-balancer-attributes.ex0.output3.json':
        'describe-load-balancer-attributes',
      'botocore-examples/extracted/CreateLoadBalancer.1.input.json': 'create-load-balancer',
      'botocore-examples/extracted/CreateLoadBalancer.2.input.json': 'create-load-balancer',
      'botocore-examples/extracted/DescribeLoadBalancers.1.output.json': 'describe-load-balancers',
      'aws-cli-examples/extracted/create-load-balancer.ex4.output8.json': 'describe-load-balancers',
    };
    for (const [file, kind] of Object.entries(wanted))
      assert.ok(
        recognised.includes(`${file} (${kind})`),
        `${file} should be recognised as ${kind}; recognised: ${recognised.join(', ')}`,
      );
  });
});
