// Checks the generated API model and the hand-written facts table against botocore's service
// model (../shared/reference/elbv2-service-2.json), so that no wrong number or value hides.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import {
  enumModel,
  member,
  structure,
  structureNames,
  type TypeRef,
} from '../server/src/service/model/apiModel';
import { MEMBER_FACTS, type Citation, type Ec2IdKind } from '../server/src/service/model/facts';
import { missingShared, sharedPath } from './support/shared';

interface ServiceShape {
  type: string;
  members?: Record<string, { shape: string; documentation?: string }>;
  member?: { shape: string };
  value?: { shape: string };
  required?: string[];
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
}

const SERVICE = ['reference', 'elbv2-service-2.json'];
const skip = missingShared(...SERVICE);
const shapes: Record<string, ServiceShape> = skip
  ? {}
  : (JSON.parse(fs.readFileSync(sharedPath(...SERVICE), 'utf8')) as { shapes: Record<string, ServiceShape> })
      .shapes;

function serviceMember(key: string): { shape: ServiceShape; shapeName: string; doc: string } {
  const [structureName, memberName] = key.replace(/\[\]$/, '').split('.') as [string, string];
  const ref = shapes[structureName]?.members?.[memberName];
  assert.ok(ref, `${key} is not a member in the service model`);
  const shape = shapes[ref.shape] as ServiceShape;
  return { shape, shapeName: ref.shape, doc: (ref.documentation ?? '').replace(/<[^>]+>/g, '') };
}

/** The shape a fact's trait lives on: the member's shape, or its list item's for "X.Y[]". */
function traitShape(key: string, cite: Citation): ServiceShape {
  const source = cite.from ?? key;
  const { shape } = serviceMember(source);
  return source.endsWith('[]') && shape.member ? (shapes[shape.member.shape] as ServiceShape) : shape;
}

function docOf(key: string, cite: Citation): string {
  return serviceMember(cite.from ?? key).doc;
}

const WORDS: Record<number, string> = { 0: 'zero', 1: 'one', 5: 'five', 10: 'ten' };

/** The documentation states the number, as digits (604800, 604,800) or as a word (one). */
function mentions(doc: string, n: number): boolean {
  const digits = String(n).replace(/\B(?=(\d{3})+$)/g, ',?');
  return (
    new RegExp(`\\b${digits}\\b`).test(doc) ||
    (WORDS[n] !== undefined && new RegExp(`\\b${WORDS[n]}\\b`, 'i').test(doc))
  );
}

describe('facts table against the service model', { skip }, () => {
  for (const [key, facts] of Object.entries(MEMBER_FACTS)) {
    test(key, () => {
      const numeric = [
        ['range', facts.range],
        ['length', facts.length],
        ['items', facts.items],
      ] as const;
      for (const [what, fact] of numeric) {
        if (!fact) continue;
        if (fact.cite.via === 'trait') {
          const shape = traitShape(key, fact.cite);
          assert.equal(shape.min ?? 0, fact.min, `${key} ${what} min`);
          assert.equal(shape.max ?? Infinity, fact.max, `${key} ${what} max`);
        } else {
          const doc = docOf(key, fact.cite);
          if (fact.max !== Infinity)
            assert.ok(
              mentions(doc, fact.max),
              `${key} ${what}: the documentation does not state ${fact.max}: ${doc}`,
            );
          if (fact.min > 1)
            assert.ok(
              mentions(doc, fact.min),
              `${key} ${what}: the documentation does not state ${fact.min}: ${doc}`,
            );
        }
      }
      if (facts.pattern) {
        if (facts.pattern.cite.via === 'trait')
          assert.equal(facts.pattern.regex, traitShape(key, facts.pattern.cite).pattern, `${key} pattern`);
        else assert.ok(docOf(key, facts.pattern.cite).length > 0, `${key}: no documentation to cite`);
      }
      if (facts.values) {
        const doc = docOf(key, facts.values.cite);
        for (const v of facts.values.values)
          assert.ok(doc.includes(v), `${key}: the documentation does not list ${v}: ${doc}`);
      }
      if (facts.httpsUrl)
        assert.match(docOf(key, facts.httpsUrl), /HTTPS/, `${key}: the documentation does not ask for HTTPS`);
      if (facts.ec2Id)
        assert.equal(ec2IdShapeOf(key), EC2_ID_SHAPES[facts.ec2Id], `${key}: not that ID's shape`);
      // Every key names a real member of the generated (SDK) model too.
      const [s, m] = key.replace(/\[\]$/, '').split('.') as [string, string];
      assert.ok(member(s, m), `${key} is not in the generated model`);
    });
  }

  test('every min/max/pattern trait of a member we read has a fact', () => {
    const missing: string[] = [];
    for (const name of structureNames()) {
      for (const [memberName, ref] of Object.entries(shapes[name]?.members ?? {})) {
        const shape = shapes[ref.shape] as ServiceShape;
        const hasTrait = shape.min !== undefined || shape.max !== undefined || shape.pattern !== undefined;
        if (!hasTrait) continue;
        const facts = MEMBER_FACTS[`${name}.${memberName}`];
        if (!facts || !(facts.range || facts.length || facts.items || facts.pattern))
          missing.push(`${name}.${memberName} (${ref.shape})`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('every member of an EC2 ID shape (or a list of them) that we read has its ec2Id fact', () => {
    const missing: string[] = [];
    for (const structureName of structureNames())
      for (const memberName of Object.keys(shapes[structureName]?.members ?? {})) {
        const key = `${structureName}.${memberName}`;
        const own = ec2IdShapeOf(key);
        const item = ec2IdShapeOf(`${key}[]`);
        if (own && !MEMBER_FACTS[key]?.ec2Id) missing.push(key);
        if (item && !MEMBER_FACTS[`${key}[]`]?.ec2Id) missing.push(`${key}[]`);
      }
    assert.deepEqual(missing, []);
  });
});

/** The service model's shape names of the EC2 IDs of facts.ts. */
const EC2_ID_SHAPES: Record<Ec2IdKind, string> = {
  subnet: 'SubnetId',
  'security-group': 'SecurityGroupId',
  vpc: 'VpcId',
};

/** The EC2 ID shape a member (or, for "X.Y[]", its list's item) is of, if any. */
function ec2IdShapeOf(key: string): string | undefined {
  const [structureName, memberName] = key.replace(/\[\]$/, '').split('.') as [string, string];
  const ref = shapes[structureName]?.members?.[memberName];
  if (!ref) return undefined;
  const name = key.endsWith('[]') ? shapes[ref.shape]?.member?.shape : ref.shape;
  return Object.values(EC2_ID_SHAPES).find((s) => s === name);
}

describe('generated model against the service model', { skip }, () => {
  test('same members, required flags and enum values', () => {
    for (const name of structureNames()) {
      const service = shapes[name];
      assert.ok(service?.members, `${name} missing from the service model`);
      const generated = structure(name);
      assert.deepEqual(
        generated?.members.map((m) => m.name).sort(),
        Object.keys(service.members).sort(),
        `${name}: members differ`,
      );
      for (const m of generated?.members ?? []) {
        assert.equal(
          m.required,
          (service.required ?? []).includes(m.name),
          `${name}.${m.name}: required flag`,
        );
        const serviceShape = shapes[service.members[m.name]?.shape ?? ''] as ServiceShape;
        checkType(`${name}.${m.name}`, m.type, serviceShape);
      }
    }
  });
});

function checkType(where: string, type: TypeRef, shape: ServiceShape): void {
  switch (type.kind) {
    case 'integer':
      assert.ok(
        ['integer', 'long'].includes(shape.type),
        `${where}: a ${shape.type} is generated as an integer`,
      );
      break;
    case 'enum':
      assert.deepEqual(
        [...(enumModel(type.name)?.values ?? [])].sort(),
        [...(shape.enum ?? [])].sort(),
        `${where}: enum values`,
      );
      break;
    case 'list':
      assert.equal(shape.type, 'list', where);
      checkType(`${where}[]`, type.item, shapes[shape.member?.shape ?? ''] as ServiceShape);
      break;
    case 'map':
      assert.equal(shape.type, 'map', where);
      break;
    case 'structure':
      assert.equal(shape.type, 'structure', where);
      break;
    default:
      assert.equal(shape.type, type.kind, where);
  }
}
