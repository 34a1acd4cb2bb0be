// Holds the load-balancer facts of server/src/service/model/facts.ts against the documentation of
// CreateLoadBalancerInput and SubnetMapping in botocore's service model: the type tags of each
// member, the IP address types per type, and the sentences the rules rest on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LoadBalancerType } from '../server/src/service/arn';
import {
  DEFAULT_LOAD_BALANCER_TYPE,
  DEFAULT_SCHEME,
  INTERNAL_IP_ADDRESS_TYPES,
  IP_ADDRESS_TYPES,
  LOAD_BALANCER_MEMBER_TYPES,
  MIN_APPLICATION_LOAD_BALANCER_ZONES,
  SOURCE_NAT_IP_ADDRESS_TYPE,
  SUBNET_MAPPING_SCHEMES,
} from '../server/src/service/model/facts';
import { serviceModelMissing, serviceShapes } from './support/serviceModel';

const skip = serviceModelMissing;
const shapes = serviceShapes;

function doc(key: string): string {
  const [structure, memberName] = key.split('.') as [string, string];
  const text = shapes[structure]?.members?.[memberName]?.documentation;
  assert.ok(text, `${key} has no documentation`);
  return text.replace(/<[^>]+>/g, '');
}

const LABEL: Record<LoadBalancerType, string> = {
  application: 'Application',
  network: 'Network',
  gateway: 'Gateway',
};

describe('load-balancer facts against the service model', { skip }, () => {
  for (const [key, types] of Object.entries(LOAD_BALANCER_MEMBER_TYPES)) {
    test(`${key} is for ${types.join(', ')}`, () => {
      const text = doc(key);
      if (key === 'CreateLoadBalancerInput.Scheme') {
        // No tag: the documentation says a Gateway Load Balancer takes no scheme.
        assert.deepEqual([...types].sort(), ['application', 'network']);
        assert.match(text, /can't specify a scheme for a Gateway Load Balancer/);
        return;
      }
      // The leading "[… Load Balancers …]" tag names exactly these types.
      const tag = /^\s*\[([^\]]+)\]/.exec(text)?.[1] ?? '';
      assert.ok(tag, `${key}: no [… Load Balancers] tag`);
      for (const type of ['application', 'network', 'gateway'] as const)
        assert.equal(
          tag.includes(`${LABEL[type]} Load Balancer`),
          types.includes(type),
          `${key}: [${tag}], ${type}`,
        );
    });
  }

  test('IP address types per load-balancer type, and internal load balancers', () => {
    const text = doc('CreateLoadBalancerInput.IpAddressType');
    const alb = /\[Application Load Balancers\]([^[]*)/.exec(text)?.[1] ?? '';
    const others = /\[Network Load Balancers and Gateway Load Balancers\]([^[]*)/.exec(text)?.[1] ?? '';
    const listed = (part: string): string[] =>
      ['ipv4', 'dualstack', 'dualstack-without-public-ipv4'].filter((v) =>
        new RegExp(`(?:^|\\s)${v} \\(`).test(part),
      );
    assert.deepEqual(listed(alb), [...IP_ADDRESS_TYPES.application]);
    assert.deepEqual(listed(others), [...IP_ADDRESS_TYPES.network]);
    assert.deepEqual(listed(others), [...IP_ADDRESS_TYPES.gateway]);
    assert.match(
      text,
      new RegExp(`Internal load balancers must use ${INTERNAL_IP_ADDRESS_TYPES.join('')}\\b`),
    );
  });

  test('IPv6 source NAT needs dualstack', () => {
    assert.match(
      doc('CreateLoadBalancerInput.EnablePrefixForIpv6SourceNat'),
      new RegExp(`IP address type must be ${SOURCE_NAT_IP_ADDRESS_TYPE}\\b`),
    );
  });

  test('Application Load Balancers need two Availability Zones', () => {
    const words: Record<number, string> = { 2: 'two' };
    for (const key of ['CreateLoadBalancerInput.Subnets', 'CreateLoadBalancerInput.SubnetMappings'])
      assert.match(
        doc(key),
        new RegExp(
          `\\[Application Load Balancers\\] You must specify subnets from at least ${words[MIN_APPLICATION_LOAD_BALANCER_ZONES]} Availability Zones`,
        ),
      );
  });

  test('subnet-mapping addresses per scheme', () => {
    const text = doc('CreateLoadBalancerInput.SubnetMappings');
    assert.equal(SUBNET_MAPPING_SCHEMES.AllocationId, 'internet-facing');
    assert.match(
      text,
      /Elastic IP address per subnet if you need static IP addresses for your internet-facing/,
    );
    assert.equal(SUBNET_MAPPING_SCHEMES.PrivateIPv4Address, 'internal');
    assert.match(text, /For internal load balancers, you can specify one private IP address per subnet/);
  });

  test('defaults', () => {
    assert.match(
      doc('CreateLoadBalancerInput.Type'),
      new RegExp(`default is ${DEFAULT_LOAD_BALANCER_TYPE}\\b`),
    );
    assert.match(doc('CreateLoadBalancerInput.Scheme'), /default is an Internet-facing load balancer/);
    assert.equal(DEFAULT_SCHEME, 'internet-facing');
  });
});
