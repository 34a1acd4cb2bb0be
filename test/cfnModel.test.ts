// Holds the generated CloudFormation model (server/src/service/model/cfnModel.ts, from the pinned
// @aws-cdk/aws-service-spec) against cfn-lint's patched copies of the registry schemas in
// ../shared/reference/cfn/cfn-lint-us_east_1: the same resource types, property names, required
// lists, Fn::GetAtt attributes and list/map/object/primitive shapes. cfn-lint's patches add enums,
// patterns and ranges, which the model does not carry; every other difference is in ALLOWED below
// with its reason, so a version bump that changes a shape fails here until someone looks.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import {
  cfnPropertyType,
  cfnResource,
  ELBV2_RESOURCE_TYPES,
  getAttShape,
  type CfnProperty,
  type CfnResource,
  type CfnType,
} from '../server/src/service/model/cfnModel';
import { missingShared, sharedPath } from './support/shared';

const CFN_LINT = ['reference', 'cfn', 'cfn-lint-us_east_1'];
const missing = missingShared(...CFN_LINT);

interface Schema {
  type?: string | string[];
  $ref?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
}
interface RegistrySchema extends Schema {
  typeName: string;
  definitions?: Record<string, Schema>;
  readOnlyProperties?: string[];
}

function registrySchemas(): RegistrySchema[] {
  const dir = sharedPath(...CFN_LINT);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RegistrySchema);
}

/**
 * Differences between the package's schemas and cfn-lint's copies, by where they show (the
 * resource type without its prefix, then a property type, a property or `attributes`), each with
 * the reason it is not a mistake of the generator.
 */
const ALLOWED: Record<string, string> = {
  'Listener.Tags':
    'the service spec has a Tags property on Listener; cfn-lint copy marks Listener not taggable (older schema)',
  'ListenerRule.Tags':
    'the service spec has a Tags property on ListenerRule; cfn-lint copy marks ListenerRule not taggable (older schema)',
  'ListenerRule.SourceIpConfig.IpAddressType':
    'the service spec has it, still without documentation; cfn-lint copy predates it (older schema)',
  'LoadBalancer.Tag': 'the service spec keeps tags as its built-in tag type, without the Tag definition',
  'TargetGroup.Tag': 'the service spec keeps tags as its built-in tag type, without the Tag definition',
  'TrustStore.Tag': 'the service spec keeps tags as its built-in tag type, without the Tag definition',
};

/** A shape as both sides can state it: String, Integer, Json, list<…>, map<…>, or a property type name. */
function modelShape(type: CfnType): string {
  switch (type.kind) {
    case 'primitive':
      return type.name === 'Long' ? 'Integer' : type.name;
    case 'list':
      return `list<${modelShape(type.item)}>`;
    case 'map':
      return `map<${modelShape(type.item)}>`;
    case 'type':
      return type.name;
  }
}

function schemaShape(schema: Schema, definitions: Record<string, Schema>): string {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/definitions/', '');
    const target = definitions[name];
    assert.ok(target, `unresolved ${schema.$ref}`);
    // cfn-lint names some lists and strings (ListOfStrings, RevocationId); the package inlines them.
    return isObjectDefinition(target) ? name : schemaShape(target, definitions);
  }
  const type = Array.isArray(schema.type) ? schema.type.join('|') : schema.type;
  switch (type) {
    case 'string':
      return 'String';
    case 'integer':
      return 'Integer';
    case 'number':
      return 'Double';
    case 'boolean':
      return 'Boolean';
    case 'array':
      assert.ok(schema.items, 'an array without items');
      return `list<${schemaShape(schema.items, definitions)}>`;
    case 'object': {
      const value =
        schema.patternProperties && Object.values(schema.patternProperties)[0]
          ? Object.values(schema.patternProperties)[0]
          : typeof schema.additionalProperties === 'object'
            ? schema.additionalProperties
            : undefined;
      if (!schema.properties && value) return `map<${schemaShape(value, definitions)}>`;
      return 'Json';
    }
    default:
      return 'Json';
  }
}

function isObjectDefinition(schema: Schema): boolean {
  return schema.type === 'object' && schema.properties !== undefined;
}

/** Compares the properties of one object; pushes differences not in ALLOWED. */
function compareProperties(
  where: string,
  ours: Readonly<Record<string, CfnProperty>>,
  theirs: Record<string, Schema>,
  required: readonly string[],
  definitions: Record<string, Schema>,
  problems: string[],
): void {
  const names = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  for (const name of [...names].sort()) {
    const key = `${where}.${name}`;
    if (ALLOWED[key]) continue;
    const mine = ours[name];
    const schema = theirs[name];
    if (!mine) problems.push(`${key}: in cfn-lint's copy, not in the model`);
    else if (!schema) problems.push(`${key}: in the model, not in cfn-lint's copy`);
    else {
      const a = modelShape(mine.type);
      const b = schemaShape(schema, definitions);
      if (a !== b) problems.push(`${key}: the model says ${a}, cfn-lint's copy ${b}`);
      if (mine.required !== required.includes(name))
        problems.push(
          `${key}: required is ${mine.required} in the model, ${!mine.required} in cfn-lint's copy`,
        );
    }
  }
}

function compareResource(schema: RegistrySchema, resource: CfnResource): string[] {
  const where = schema.typeName.replace('AWS::ElasticLoadBalancingV2::', '');
  const definitions = schema.definitions ?? {};
  const problems: string[] = [];
  // Read-only properties are Fn::GetAtt attributes in the package, not properties.
  const readOnly = (schema.readOnlyProperties ?? []).map((p) =>
    p.replace(/^\/properties\//, '').replaceAll('/', '.'),
  );
  const writable = Object.fromEntries(
    Object.entries(schema.properties ?? {}).filter(([name]) => !readOnly.includes(name)),
  );
  compareProperties(where, resource.properties, writable, schema.required ?? [], definitions, problems);
  for (const name of readOnly) {
    if (!resource.attributes.includes(name) && !ALLOWED[`${where}.attributes.${name}`])
      problems.push(
        `${where}.attributes.${name}: read-only in cfn-lint's copy, not an attribute of the model`,
      );
  }
  const objectDefinitions = Object.keys(definitions).filter((name) =>
    isObjectDefinition(definitions[name] ?? {}),
  );
  const typeNames = new Set([...Object.keys(resource.types), ...objectDefinitions]);
  for (const name of [...typeNames].sort()) {
    const key = `${where}.${name}`;
    if (ALLOWED[key]) continue;
    const mine = resource.types[name];
    const theirs = definitions[name];
    if (!mine) problems.push(`${key}: a definition in cfn-lint's copy, not a property type of the model`);
    else if (!theirs || !isObjectDefinition(theirs))
      problems.push(`${key}: a property type of the model, not a definition in cfn-lint's copy`);
    else
      compareProperties(
        key,
        mine.properties,
        theirs.properties ?? {},
        theirs.required ?? [],
        definitions,
        problems,
      );
  }
  return problems;
}

function skipped(t: TestContext): boolean {
  if (missing) t.skip(missing);
  return missing !== false;
}

describe("the CloudFormation model against cfn-lint's registry schemas", () => {
  test('the same resource types', (t) => {
    if (skipped(t)) return;
    assert.deepEqual(
      ELBV2_RESOURCE_TYPES,
      registrySchemas()
        .map((s) => s.typeName)
        .sort(),
    );
  });

  test('the same properties, property types, required lists, attributes and shapes', (t) => {
    if (skipped(t)) return;
    const problems: string[] = [];
    for (const schema of registrySchemas()) {
      const resource = cfnResource(schema.typeName);
      if (!resource) problems.push(`${schema.typeName}: not in the model`);
      else problems.push(...compareResource(schema, resource));
    }
    assert.deepEqual(problems, []);
  });

  test("an attribute gives a list exactly when cfn-lint's copy makes the read-only property an array", (t) => {
    if (skipped(t)) return;
    const problems: string[] = [];
    for (const schema of registrySchemas())
      for (const pointer of schema.readOnlyProperties ?? []) {
        const name = pointer.replace(/^\/properties\//, '');
        const type = schema.properties?.[name]?.type;
        const want = type === 'array' ? 'list' : 'scalar';
        const got = getAttShape(schema.typeName, name);
        if (got !== want)
          problems.push(`${schema.typeName}.${name}: ${String(got)}, the schema says ${want}`);
      }
    assert.deepEqual(problems, []);
  });

  test('every allowed difference still shows', (t) => {
    if (skipped(t)) return;
    const schemas = new Map(
      registrySchemas().map((s) => [s.typeName.replace('AWS::ElasticLoadBalancingV2::', ''), s]),
    );
    for (const key of Object.keys(ALLOWED)) {
      const [resourceName = '', ...rest] = key.split('.');
      const schema = schemas.get(resourceName);
      const resource = cfnResource(`AWS::ElasticLoadBalancingV2::${resourceName}`);
      assert.ok(schema && resource, `${key}: no such resource`);
      let inModel: boolean;
      let inCfnLint: boolean;
      if (rest.length === 1) {
        const name = rest[0] ?? '';
        inModel = name in resource.properties || name in resource.types;
        inCfnLint = name in (schema.properties ?? {}) || name in (schema.definitions ?? {});
      } else {
        const [typeName = '', name = ''] = rest;
        inModel = name in (resource.types[typeName]?.properties ?? {});
        inCfnLint = name in (schema.definitions?.[typeName]?.properties ?? {});
      }
      assert.notEqual(
        inModel,
        inCfnLint,
        `${key} is allowed to differ but no longer does: remove it from ALLOWED`,
      );
    }
  });
});

describe('the CloudFormation model', () => {
  const resource = (type: string): CfnResource => {
    const found = cfnResource(`AWS::ElasticLoadBalancingV2::${type}`);
    assert.ok(found, `${type} is not in the model`);
    return found;
  };

  test('lists the seven resource types, sorted', () => {
    assert.deepEqual(ELBV2_RESOURCE_TYPES, [
      'AWS::ElasticLoadBalancingV2::Listener',
      'AWS::ElasticLoadBalancingV2::ListenerCertificate',
      'AWS::ElasticLoadBalancingV2::ListenerRule',
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      'AWS::ElasticLoadBalancingV2::TargetGroup',
      'AWS::ElasticLoadBalancingV2::TrustStore',
      'AWS::ElasticLoadBalancingV2::TrustStoreRevocation',
    ]);
    assert.equal(cfnResource('AWS::ElasticLoadBalancingV2::Nope'), undefined);
    assert.equal(cfnResource('toString'), undefined);
  });

  test('what Fn::GetAtt gives: lists of any resource type, one value of the ELBv2 types, EC2 IDs and nested stack outputs', () => {
    assert.equal(getAttShape('AWS::ElasticLoadBalancingV2::LoadBalancer', 'SecurityGroups'), 'list');
    assert.equal(getAttShape('AWS::ElasticLoadBalancingV2::LoadBalancer', 'DNSName'), 'scalar');
    assert.equal(getAttShape('AWS::EC2::VPC', 'Ipv6CidrBlocks'), 'list');
    assert.equal(getAttShape('AWS::Route53::HostedZone', 'NameServers'), 'list');
    assert.equal(getAttShape('AWS::CloudFormation::Stack', 'Outputs.SecurityGroups'), 'scalar');
    // The ID attributes of EC2 subnets, VPCs and security groups (facts.ts) give one ID.
    assert.equal(getAttShape('AWS::EC2::SecurityGroup', 'GroupId'), 'scalar');
    assert.equal(getAttShape('AWS::EC2::Subnet', 'SubnetId'), 'scalar');
    // Not known: of other types the model holds only the list attributes, and nothing of custom ones.
    assert.equal(getAttShape('AWS::EC2::VPC', 'CidrBlock'), undefined);
    assert.equal(getAttShape('Custom::Subnets', 'Ids'), undefined);
    assert.equal(getAttShape('toString', 'length'), undefined);
  });

  test('Listener: DefaultActions is a required list of Action', () => {
    const listener = resource('Listener');
    const defaultActions = listener.properties.DefaultActions;
    assert.deepEqual(defaultActions?.type, { kind: 'list', item: { kind: 'type', name: 'Action' } });
    assert.equal(defaultActions.required, true);
    assert.ok(defaultActions.documentation);
    assert.deepEqual(listener.attributes, ['ListenerArn']);
    const action = cfnPropertyType(listener, { kind: 'type', name: 'Action' });
    assert.equal(action?.properties.Type?.required, true);
    assert.deepEqual(action.properties.RedirectConfig?.type, { kind: 'type', name: 'RedirectConfig' });
  });

  test('RedirectConfig.Port is a String, StatusCode is required', () => {
    const listener = resource('Listener');
    const redirect = cfnPropertyType(listener, { kind: 'type', name: 'RedirectConfig' });
    assert.deepEqual(redirect?.properties.Port?.type, { kind: 'primitive', name: 'String' });
    assert.equal(redirect.properties.StatusCode?.required, true);
    assert.equal(cfnPropertyType(listener, { kind: 'primitive', name: 'String' }), undefined);
    assert.equal(cfnPropertyType(listener, { kind: 'type', name: 'constructor' }), undefined);
  });

  test('TargetGroup: HealthCheckPort is a String, Port an Integer, Tags a list of Tag', () => {
    const targetGroup = resource('TargetGroup');
    assert.deepEqual(targetGroup.properties.HealthCheckPort?.type, { kind: 'primitive', name: 'String' });
    assert.deepEqual(targetGroup.properties.Port?.type, { kind: 'primitive', name: 'Integer' });
    assert.deepEqual(targetGroup.properties.Tags?.type, {
      kind: 'list',
      item: { kind: 'type', name: 'Tag' },
    });
    assert.ok(targetGroup.attributes.includes('TargetGroupFullName'));
  });

  test('LoadBalancer: attributes include DNSName and LoadBalancerFullName', () => {
    const loadBalancer = resource('LoadBalancer');
    for (const name of ['DNSName', 'LoadBalancerFullName', 'CanonicalHostedZoneID', 'LoadBalancerArn'])
      assert.ok(loadBalancer.attributes.includes(name), name);
    assert.ok(loadBalancer.documentation);
  });
});
