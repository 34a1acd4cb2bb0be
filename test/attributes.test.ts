// Holds the attribute table (server/src/service/model/attributes.ts) against the documentation of
// TargetGroupAttribute.Key, LoadBalancerAttribute.Key and ListenerAttribute.Key in botocore's
// service model: every key the documentation lists is in the table and the other way round, each
// under the load-balancer and target types of the documentation's section, with the numbers and
// values its paragraph states; and against the generated (SDK) model, so that an SDK bump that
// adds a key fails here until the table has it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LoadBalancerType } from '../server/src/service/arn';
import { member } from '../server/src/service/model/apiModel';
import {
  ATTRIBUTE_RESOURCES,
  ATTRIBUTE_STRUCTURE,
  ATTRIBUTES,
  attributesOf,
  type AttributeCitation,
  type AttributeResource,
  type AttributeSpec,
} from '../server/src/service/model/attributes';
import { serviceModelMissing, serviceShapes } from './support/serviceModel';

const skip = serviceModelMissing;
const shapes = serviceShapes;

interface Section {
  heading: string;
  types: LoadBalancerType[];
  targetTypes: string[] | undefined;
  /** Key → the text of its paragraph (tags removed). */
  keys: Map<string, string>;
}

const KEY_AT_ITEM = /<li>\s*<p>\s*<code>([a-z0-9_.]+)<\/code>\s*-/g;

/** The documentation of a Key member, cut into its "The following attributes are supported by …" sections. */
function sections(of: string): Section[] {
  const [structure, memberName] = of.split('.') as [string, string];
  const html = shapes[structure]?.members?.[memberName]?.documentation ?? '';
  const parts = html.split(/<p>(The following attributes? (?:is|are) [^<]*)<\/p>/);
  const result: Section[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const heading = parts[i] ?? '';
    const body = parts[i + 1] ?? '';
    const keys = new Map<string, string>();
    const starts = [...body.matchAll(KEY_AT_ITEM)];
    starts.forEach((m, j) => {
      const end = starts[j + 1]?.index ?? body.length;
      keys.set(m[1] ?? '', body.slice(m.index, end).replace(/<[^>]+>/g, ''));
    });
    result.push({ heading, types: typesOf(heading), targetTypes: targetTypesOf(heading), keys });
  }
  return result;
}

function typesOf(heading: string): LoadBalancerType[] {
  if (/all load balancers/.test(heading)) return ['application', 'network', 'gateway'];
  const types: LoadBalancerType[] = [];
  if (/Application Load Balancer/.test(heading)) types.push('application');
  if (/Network Load Balancer/.test(heading)) types.push('network');
  if (/Gateway Load Balancer/.test(heading)) types.push('gateway');
  return types;
}

function targetTypesOf(heading: string): string[] | undefined {
  if (/target is an instance or an IP address/.test(heading)) return ['instance', 'ip'];
  if (/target is a Lambda function/.test(heading)) return ['lambda'];
  return undefined;
}

const DOC_OF: Record<AttributeResource, string> = {
  'target-group': 'TargetGroupAttribute.Key',
  'load-balancer': 'LoadBalancerAttribute.Key',
  listener: 'ListenerAttribute.Key',
};

/** The paragraph of the cited documentation about a key, with its section. */
function paragraph(spec: AttributeSpec): { section: Section; text: string } | undefined {
  if (spec.cite.via !== 'doc') return undefined;
  for (const section of sections(spec.cite.of)) {
    const text = section.keys.get(spec.key);
    if (text !== undefined) return { section, text };
  }
  return undefined;
}

function docText(cite: AttributeCitation, key: string): string {
  if (cite.via !== 'doc') return '';
  for (const section of sections(cite.of)) {
    const text = section.keys.get(key);
    if (text !== undefined) return text;
  }
  return '';
}

describe('attribute table against the service model', { skip }, () => {
  for (const resource of ATTRIBUTE_RESOURCES) {
    test(`${resource}: the table lists exactly the documented keys`, () => {
      const documented = sections(DOC_OF[resource]).flatMap((s) => [...s.keys.keys()]);
      assert.ok(documented.length > 0, `no keys found in ${DOC_OF[resource]}`);
      assert.deepEqual(
        attributesOf(resource)
          .map((a) => a.key)
          .sort(),
        [...documented].sort(),
      );
    });
  }

  for (const spec of ATTRIBUTES) {
    test(`${spec.resource} ${spec.key}`, () => {
      const found = paragraph(spec);
      assert.ok(
        found,
        `${spec.key} is not listed in ${spec.cite.via === 'doc' ? spec.cite.of : 'its source'}`,
      );
      const { section, text } = found;
      assert.deepEqual(
        [...spec.loadBalancerTypes].sort(),
        [...section.types].sort(),
        `types: ${section.heading}`,
      );
      if (section.targetTypes)
        assert.deepEqual(spec.targetTypes, section.targetTypes, `target types: ${section.heading}`);
      const value = spec.value;
      if (value.kind === 'boolean') {
        // The documentation says `true` or `false`, or (for two keys) only that it blocks or
        // removes; those are cited from the guide or checked by their wording.
        if (!spec.alsoFrom) assert.match(text, /true|false/, `${spec.key}: no true/false in: ${text}`);
      }
      if (value.kind === 'enum')
        for (const v of value.values) assert.ok(text.includes(v), `${v} in: ${text}`);
      if (value.kind === 'integer') {
        if (value.max !== Infinity)
          assert.match(text, new RegExp(`(?:range is|from) ${value.min}\\b[^.]*\\b${value.max}\\b`), text);
        else assert.match(text, new RegExp(`\\b${value.min} to the maximum number of targets`), text);
        for (const word of value.also ?? []) {
          if (word === '0') assert.match(text, /default is 0 seconds \(disabled\)/, text);
          else assert.ok(text.includes(word), `${word} in: ${text}`);
        }
      }
      if (value.kind === 'string')
        for (const prefix of value.reservedPrefixes ?? []) assert.ok(text.includes(prefix), text);
      const restriction = spec.restriction;
      if (restriction?.cite.via === 'doc') {
        const restrictionText = docText(restriction.cite, spec.key);
        for (const [type, values] of Object.entries(restriction.byType ?? {})) {
          const label = { application: 'Application', network: 'Network', gateway: 'Gateway' }[
            type as LoadBalancerType
          ];
          if (values.length === 1 && values[0] === 'true')
            assert.match(
              restrictionText,
              new RegExp(`${label} Load Balancers is \`?true\`?, and can't be changed`),
            );
          else
            assert.match(
              restrictionText,
              new RegExp(`${values.join(' and ')} for ${label} Load Balancers`),
              restrictionText,
            );
        }
        for (const protocol of Object.keys(restriction.byProtocol ?? {}))
          assert.ok(restrictionText.includes(protocol), `${protocol} in: ${restrictionText}`);
      }
      if (spec.dependency) {
        const own = docText(spec.dependency.cite, spec.key);
        assert.ok(own.includes(spec.dependency.key), `${spec.dependency.key} in: ${own}`);
        for (const v of spec.dependency.values) assert.ok(own.includes(v), `${v} in: ${own}`);
        if (spec.dependency.defaultValue)
          assert.match(
            docText(spec.cite, spec.dependency.key),
            new RegExp(`default is ${spec.dependency.defaultValue}`),
          );
      }
      if (spec.sameAs) assert.match(docText(spec.sameAs.cite, spec.key), /must be the same/);
      if (spec.needs)
        assert.match(docText(spec.needs.cite, spec.needs.key), /required if [a-z ]+ (?:are|is) enabled/);
    });
  }
});

describe('attribute table against the generated SDK model', () => {
  for (const resource of ATTRIBUTE_RESOURCES) {
    test(`${resource}: every key the SDK documents is in the table`, () => {
      const doc = member(ATTRIBUTE_STRUCTURE[resource], 'Key')?.doc ?? '';
      const documented = [...doc.matchAll(/^-\s+`([a-z0-9_]+(?:\.[a-z0-9_]+)+)` - /gm)].map((m) => m[1]);
      assert.ok(documented.length > 0);
      const known = new Set(attributesOf(resource).map((a) => a.key));
      assert.deepEqual(
        documented.filter((k) => !known.has(k ?? '')),
        [],
      );
    });
  }
});
