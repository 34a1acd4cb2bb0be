// Attribute documents beyond the rule fixtures: which kind a `{Attributes: [...]}` output is,
// completion of keys and values (whole documents compared after the edit, LF and CRLF), hover of
// keys and values, and the seam the template layer plugs into (an owner supplied for a list).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Binding } from '../server/src/service/bind';
import { complete } from '../server/src/service/completion/complete';
import type { CompletionEntry } from '../server/src/service/completion/completionEntry';
import { hover } from '../server/src/service/hover/index';
import { createLanguageService, type Syntax } from '../server/src/service/languageService';
import { ATTRIBUTE_RULES } from '../server/src/service/rules/attributes';
import type { RuleContext } from '../server/src/service/rules/rule';
import {
  listenerAttributeOwner,
  loadBalancerAttributeOwner,
  targetGroupAttributeOwner,
  type AttributeOwner,
} from '../server/src/service/semantics/attributes';
import { listenerFacts } from '../server/src/service/semantics/listener';
import { loadBalancerFacts } from '../server/src/service/semantics/loadBalancer';
import { DocumentSemantics } from '../server/src/service/semantics/document';
import { targetGroupFacts } from '../server/src/service/semantics/targetGroup';
import { parse } from '../server/src/service/syntax/parse';
import { isObject, propertyValue } from '../server/src/service/syntax/tree';

const service = createLanguageService();
const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';
const NET_LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/net/my-lb/50dc6c495c0c9188';
const APP_LISTENER =
  'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2';
const EOLS = ['\n', '\r\n'] as const;

function at(doc: string, eol: string): { text: string; offset: number } {
  const text = doc.replace(/\r?\n/g, eol);
  const offset = text.indexOf('$0');
  assert.ok(offset >= 0);
  return { text: text.replace('$0', ''), offset };
}

function completion(doc: string, syntax: Syntax, eol: string): { text: string; entries: CompletionEntry[] } {
  const { text, offset } = at(doc, eol);
  return { text, entries: complete(text, syntax, offset, true) };
}

function applied(text: string, entry: CompletionEntry): string {
  return text.slice(0, entry.replaceStart) + entry.insertText + text.slice(entry.replaceEnd);
}

describe('attribute documents: kinds', () => {
  const kindOf = (text: string): string | undefined =>
    service.check({ text, syntax: 'yaml', named: false }).kind?.kind;
  test('a describe output is told by its keys', () => {
    assert.equal(
      kindOf('Attributes:\n  - Key: stickiness.enabled\n    Value: "false"\n'),
      'describe-target-group-attributes',
    );
    assert.equal(
      kindOf('Attributes:\n  - Key: idle_timeout.timeout_seconds\n    Value: "60"\n'),
      'describe-load-balancer-attributes',
    );
    assert.equal(
      kindOf('Attributes:\n  - Key: tcp.idle_timeout.seconds\n    Value: "350"\n'),
      'describe-listener-attributes',
    );
  });
  test('shared keys leave the resource unknown rather than guessed', () => {
    assert.equal(
      kindOf('Attributes:\n  - Key: load_balancing.cross_zone.enabled\n    Value: "true"\n'),
      'describe-attributes',
    );
  });
  test('a request is told by its ARN member', () => {
    assert.equal(
      kindOf(`TargetGroupArn: ${TG}\nAttributes:\n  - Key: stickiness.enabled\n    Value: "true"\n`),
      'modify-target-group-attributes',
    );
    assert.equal(kindOf('Name: my-lb\nSubnets: [subnet-1, subnet-2]\n'), 'create-load-balancer');
  });
});

describe('attribute documents: completion', () => {
  for (const eol of EOLS) {
    test(`keys fit the load-balancer type of the ARN and skip present ones (${JSON.stringify(eol)})`, () => {
      const doc = `LoadBalancerArn: ${NET_LB}\nAttributes:\n  - Key: deletion_protection.enabled\n    Value: "true"\n  - Key: $0\n`;
      const { text, entries } = completion(doc, 'yaml', eol);
      const labels = entries.map((e) => e.label);
      assert.ok(labels.includes('dns_record.client_routing_policy'), labels.join(', '));
      assert.ok(!labels.includes('idle_timeout.timeout_seconds'), 'an ALB key offered for an NLB');
      assert.ok(!labels.includes('deletion_protection.enabled'), 'a key already present offered again');
      const entry = entries.find((e) => e.label === 'dns_record.client_routing_policy') as CompletionEntry;
      assert.equal(
        applied(text, entry),
        doc.replace('$0', 'dns_record.client_routing_policy').replace(/\r?\n/g, eol),
      );
    });
    test(`values of a switch are quoted strings in YAML (${JSON.stringify(eol)})`, () => {
      const doc = `TargetGroupArn: ${TG}\nAttributes:\n  - Key: stickiness.enabled\n    Value: $0\n`;
      const { text, entries } = completion(doc, 'yaml', eol);
      assert.deepEqual(
        entries.map((e) => e.label),
        ['true', 'false'],
      );
      assert.equal(
        applied(text, entries[0] as CompletionEntry),
        doc.replace('$0', '"true"').replace(/\r?\n/g, eol),
      );
    });
  }
  test('stickiness types narrowed by another attribute only Network Load Balancers take', () => {
    const doc = `TargetGroupArn: ${TG}\nAttributes:\n  - Key: proxy_protocol_v2.enabled\n    Value: "true"\n  - Key: stickiness.type\n    Value: $0\n`;
    assert.deepEqual(
      completion(doc, 'yaml', '\n').entries.map((e) => e.label),
      ['source_ip'],
    );
  });
  test('JSON: listener keys of an Application Load Balancer', () => {
    const doc = `{"ListenerArn": "${APP_LISTENER}", "Attributes": [{"Key": "routing.http.response.server$0"}]}`;
    const { text, entries } = completion(doc, 'json', '\n');
    const entry = entries.find((e) => e.label === 'routing.http.response.server.enabled');
    assert.ok(entry, entries.map((e) => e.label).join(', '));
    const result = applied(text, entry);
    assert.deepEqual(JSON.parse(result).Attributes, [{ Key: 'routing.http.response.server.enabled' }]);
    assert.ok(!entries.some((e) => e.label === 'tcp.idle_timeout.seconds'));
  });
});

describe('attribute documents: hover', () => {
  const hoverOf = (doc: string): string => {
    const { text, offset } = at(doc, '\n');
    const analysis = service.check({ text, syntax: 'yaml', named: true });
    const h = hover(analysis, offset);
    assert.ok(h, 'expected a hover');
    return h.markdown;
  };
  test('a key: the SDK paragraph, where it applies, its range', () => {
    const markdown = hoverOf(
      `TargetGroupArn: ${TG}\nAttributes:\n  - Key: deregistration_$0delay.timeout_seconds\n    Value: "300"\n`,
    );
    for (const part of [
      '`deregistration_delay.timeout_seconds` · target-group attribute',
      '0–3600',
      'all load balancers',
    ])
      assert.ok(markdown.includes(part), `${part} in:\n${markdown}`);
  });
  test('a value: the values allowed on this load balancer, the current one marked', () => {
    const markdown = hoverOf(
      `LoadBalancerArn: ${NET_LB}\nAttributes:\n  - Key: dns_record.client_routing_policy\n    Value: any_avail$0ability_zone\n`,
    );
    assert.ok(markdown.includes('**`any_availability_zone`** ✓'), markdown);
    assert.ok(markdown.includes('Network Load Balancer'), markdown);
  });
});

describe('attribute rules with an owner the template layer supplies', () => {
  // A stand-in for a template: an attribute list whose owner comes from another object's facts
  // (the template resource the list sits in), not from the document's ARN.
  function findingsWithOwner(
    structure: string,
    attributes: string[],
    resource: string[],
    owner: (object: ReturnType<typeof resourceObject>) => AttributeOwner,
  ): string[] {
    const text = ['Attributes:', ...attributes, 'Resource:', ...resource].join('\n');
    const document = parse(text, 'yaml');
    const root = document.root;
    assert.ok(isObject(root));
    const object = resourceObject(root);
    const binding = new Binding(root, structure);
    const semantics = new DocumentSemantics(undefined, binding, { attributeOwner: () => owner(object) });
    const findings: string[] = [];
    for (const rule of ATTRIBUTE_RULES) {
      const record = (range: { start: number; end: number }, message: string): void => {
        findings.push(`${rule.id} ${text.slice(range.start, range.end)}: ${message}`);
      };
      const context: RuleContext = {
        document,
        kind: undefined,
        binding,
        semantics,
        syntaxProblems: [],
        report: record,
        reportLazily: (range, describe) => record(range, describe().message),
      };
      rule.check(context);
    }
    return findings;
  }
  function resourceObject(root: Parameters<typeof propertyValue>[0]) {
    const object = propertyValue(root, 'Resource');
    assert.ok(isObject(object));
    return object;
  }

  test('a lambda target group: deregistration delay does not apply', () => {
    const findings = findingsWithOwner(
      'DescribeTargetGroupAttributesOutput',
      [
        '  - Key: deregistration_delay.timeout_seconds',
        '    Value: "300"',
        '  - Key: lambda.multi_value_headers.enabled',
        '    Value: "true"',
      ],
      ['  TargetType: lambda'],
      (o) => targetGroupAttributeOwner(targetGroupFacts(o, 'create'), true),
    );
    assert.equal(findings.length, 1, findings.join('\n'));
    assert.match(
      findings[0] ?? '',
      /^attribute-not-applicable deregistration_delay.timeout_seconds: .*target type is `lambda`/,
    );
  });
  test('a UDP target group keeps client IP preservation on', () => {
    const findings = findingsWithOwner(
      'DescribeTargetGroupAttributesOutput',
      ['  - Key: preserve_client_ip.enabled', '    Value: "false"'],
      ['  Protocol: UDP', '  Port: 53'],
      (o) => targetGroupAttributeOwner(targetGroupFacts(o, 'create'), true),
    );
    assert.equal(findings.length, 1, findings.join('\n'));
    assert.match(
      findings[0] ?? '',
      /^invalid-attribute-value "false": .*takes `true` for a UDP target group/,
    );
  });
  test('a network load balancer resource: no idle timeout; logs need their bucket', () => {
    const findings = findingsWithOwner(
      'DescribeLoadBalancerAttributesOutput',
      [
        '  - Key: idle_timeout.timeout_seconds',
        '    Value: "60"',
        '  - Key: access_logs.s3.enabled',
        '    Value: "true"',
      ],
      ['  Type: network', '  Name: my-nlb'],
      (o) => loadBalancerAttributeOwner(loadBalancerFacts(o, 'create'), true),
    );
    assert.equal(findings.length, 2, findings.join('\n'));
    assert.match(
      findings[0] ?? '',
      /^attribute-not-applicable idle_timeout.timeout_seconds: .*its `Type` is `network`/,
    );
    assert.match(findings[1] ?? '', /^attribute-dependency "true": .*needs `access_logs.s3.bucket`/);
  });
  test('an HTTP listener: the mTLS header names are for HTTPS listeners', () => {
    const findings = findingsWithOwner(
      'DescribeListenerAttributesOutput',
      ['  - Key: routing.http.request.x_amzn_tls_version.header_name', '    Value: X-Tls-Version'],
      ['  Protocol: HTTP', '  Port: 80'],
      (o) => listenerAttributeOwner(listenerFacts(o, 'create'), true),
    );
    assert.equal(findings.length, 1, findings.join('\n'));
    assert.match(
      findings[0] ?? '',
      /^attribute-not-applicable .*HTTPS listeners only, and this listener's protocol is `HTTP`/,
    );
  });
});

describe('attribute and load-balancer documents: outline', () => {
  test('attributes are named by their key, with their value; load balancers by their name', () => {
    const names = (text: string, syntax: Syntax): string[] => {
      const analysis = service.check({ text, syntax, named: true });
      const out: string[] = [];
      const walk = (entries: ReturnType<typeof service.symbols>): void => {
        for (const e of entries) {
          out.push(e.detail ? `${e.name} (${e.detail})` : e.name);
          walk(e.children);
        }
      };
      walk(service.symbols(analysis));
      return out;
    };
    assert.deepEqual(
      names('Attributes:\n  - Key: stickiness.enabled\n    Value: "false"\n', 'yaml').slice(0, 1),
      ['stickiness.enabled (false)'],
    );
    const lb = names(
      '{"LoadBalancers": [{"LoadBalancerName": "my-lb", "Type": "network", "AvailabilityZones": [{"ZoneName": "us-west-2a"}]}]}',
      'json',
    );
    assert.ok(lb.includes('my-lb'), lb.join(', '));
    assert.ok(lb.includes('us-west-2a'), lb.join(', '));
  });
});

describe('attribute documents: hover when the resource is not known', () => {
  test('a key two resources share shows both entries', () => {
    const text = 'Attributes:\n  - Key: load_balancing.cross_zone.enabled\n    Value: "true"\n';
    const analysis = service.check({ text, syntax: 'yaml', named: true });
    const h = hover(analysis, text.indexOf('cross_zone'));
    assert.ok(h);
    assert.ok(h.markdown.includes('· target-group attribute'), h.markdown);
    assert.ok(h.markdown.includes('· load-balancer attribute'), h.markdown);
    assert.ok(h.markdown.includes('`use_load_balancer_configuration`'), h.markdown);
  });
});
