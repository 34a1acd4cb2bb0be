// Generates server/src/service/model/generated/cfnModel.ts from the pinned @aws-cdk/aws-service-spec
// package: the CloudFormation resource shapes of the AWS::ElasticLoadBalancingV2::* resource types
// (properties, property types, required flags, Fn::GetAtt attributes, documentation as Markdown),
// as the package imported them from the CloudFormation registry schemas; and, for every resource
// type, the Fn::GetAtt attributes that give a list.
// The output carries AWS documentation text, so it is written at build time and never committed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import type { Property, PropertyType, Resource, TypeDefinition } from '@aws-cdk/service-spec-types';

const PACKAGE = '@aws-cdk/aws-service-spec';
const RESOURCE_TYPES = [
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ElasticLoadBalancingV2::ListenerCertificate',
  'AWS::ElasticLoadBalancingV2::ListenerRule',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::ElasticLoadBalancingV2::TrustStore',
  'AWS::ElasticLoadBalancingV2::TrustStoreRevocation',
];

// The shapes written out; server/src/service/model/cfnModel.ts declares the same ones for its readers
// and typecheck holds the two together.
type CfnType =
  | { kind: 'primitive'; name: 'String' | 'Integer' | 'Long' | 'Double' | 'Boolean' | 'Json' | 'Timestamp' }
  | { kind: 'list'; item: CfnType }
  | { kind: 'map'; item: CfnType }
  | { kind: 'type'; name: string };
interface CfnProperty {
  name: string;
  type: CfnType;
  required: boolean;
  enum?: string[];
  documentation?: string;
}
interface CfnResource {
  type: string;
  properties: Record<string, CfnProperty>;
  types: Record<string, { name: string; properties: Record<string, CfnProperty> }>;
  attributes: string[];
  documentation?: string;
}

const root = path.resolve(__dirname, '..');
const packageDir = path.dirname(require.resolve(`${PACKAGE}/package.json`, { paths: [root] }));
const version = (
  JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }
).version;
const db = loadAwsServiceSpecSync();

function cfnType(type: PropertyType, where: string): CfnType {
  switch (type.type) {
    case 'string':
      return { kind: 'primitive', name: 'String' };
    case 'integer':
      return { kind: 'primitive', name: 'Integer' };
    case 'number':
      return { kind: 'primitive', name: 'Double' };
    case 'boolean':
      return { kind: 'primitive', name: 'Boolean' };
    case 'json':
      return { kind: 'primitive', name: 'Json' };
    case 'date-time':
      return { kind: 'primitive', name: 'Timestamp' };
    case 'array':
      return { kind: 'list', item: cfnType(type.element, where) };
    case 'map':
      return { kind: 'map', item: cfnType(type.element, where) };
    case 'ref':
      return { kind: 'type', name: db.get('typeDefinition', type.reference).name };
    // The package keeps a standard tag list as its built-in tag type, without the registry schema's
    // Tag definition: the name stays, and the model has no members for it (cfnPropertyType gives
    // undefined), rather than Key and Value typed here by hand.
    case 'tag':
      return { kind: 'type', name: 'Tag' };
    case 'null':
    case 'union':
      throw new Error(
        `${where}: ${PACKAGE}@${version} gives a ${type.type} type, which the model cannot express yet`,
      );
  }
}

function enumOf(type: PropertyType): string[] | undefined {
  if (type.type === 'string' && type.allowedValues) return [...type.allowedValues];
  if (type.type === 'integer' && type.allowedValues) return type.allowedValues.map(String);
  return undefined;
}

function properties(props: Record<string, Property>, where: string): Record<string, CfnProperty> {
  const out: Record<string, CfnProperty> = {};
  for (const [name, prop] of Object.entries(props).sort(([a], [b]) => a.localeCompare(b))) {
    const values = enumOf(prop.type);
    out[name] = {
      name,
      type: cfnType(prop.type, `${where}.${name}`),
      required: prop.required === true,
      ...(values ? { enum: values } : {}),
      ...(prop.documentation ? { documentation: prop.documentation } : {}),
    };
  }
  return out;
}

function resourceOut(resource: Resource): CfnResource {
  const where = resource.cloudFormationType;
  const definitions: TypeDefinition[] = db.follow('usesType', resource).map((r) => r.entity);
  const types: CfnResource['types'] = {};
  for (const def of definitions.sort((a, b) => a.name.localeCompare(b.name))) {
    if (types[def.name]) throw new Error(`${where}: two property types named ${def.name}`);
    types[def.name] = { name: def.name, properties: properties(def.properties, `${where}.${def.name}`) };
  }
  return {
    type: resource.cloudFormationType,
    properties: properties(resource.properties, where),
    types,
    attributes: Object.keys(resource.attributes).sort(),
    ...(resource.documentation ? { documentation: resource.documentation } : {}),
  };
}

const resources: Record<string, CfnResource> = {};
for (const type of RESOURCE_TYPES) {
  const found = db.lookup('resource', 'cloudFormationType', 'equals', type);
  const [resource] = found;
  if (found.length !== 1 || !resource)
    throw new Error(`${PACKAGE}@${version} has ${found.length} resources of type ${type}`);
  resources[type] = resourceOut(resource);
}
const others = db
  .all('resource')
  .map((r) => r.cloudFormationType)
  .filter((t) => t.startsWith('AWS::ElasticLoadBalancingV2::') && !RESOURCE_TYPES.includes(t));
if (others.length > 0) console.warn(`generate-cfn-model: not modelled yet: ${others.join(', ')}`);

// The Fn::GetAtt attributes that give a list, of every resource type the package has (not only
// ELBv2's): a template passes them to ELBv2 properties (`!GetAtt Vpc.Ipv6CidrBlocks`,
// `!GetAtt WebLoadBalancer.SecurityGroups`), whose shape the template rules compare.
const listAttributes: Record<string, string[]> = {};
for (const resource of [...db.all('resource')].sort((a, b) =>
  a.cloudFormationType.localeCompare(b.cloudFormationType),
)) {
  const names = Object.entries(resource.attributes)
    .filter(([, attribute]) => attribute.type.type === 'array')
    .map(([name]) => name)
    .sort();
  if (names.length > 0) listAttributes[resource.cloudFormationType] = names;
}

const out = [
  `// GENERATED by scripts/generate-cfn-model.ts from ${PACKAGE}@${version}. Do not edit.`,
  '// Not committed: it holds AWS documentation text (see ARCHITECTURE.md).',
  '',
  "type CfnTypeData =\n  | { kind: 'primitive'; name: 'String' | 'Integer' | 'Long' | 'Double' | 'Boolean' | 'Json' | 'Timestamp' }\n  | { kind: 'list'; item: CfnTypeData }\n  | { kind: 'map'; item: CfnTypeData }\n  | { kind: 'type'; name: string };",
  'interface CfnPropertyData { name: string; type: CfnTypeData; required: boolean; enum?: string[]; documentation?: string }',
  'interface CfnResourceData {\n  type: string;\n  properties: Record<string, CfnPropertyData>;\n  types: Record<string, { name: string; properties: Record<string, CfnPropertyData> }>;\n  attributes: string[];\n  documentation?: string;\n}',
  '',
  `export const cfnModelData: Record<string, CfnResourceData> = ${JSON.stringify(resources, null, 1)};`,
  '',
  '/** Resource type → its Fn::GetAtt attributes that give a list, for every type of the package. */',
  `export const cfnListAttributesData: Record<string, string[]> = ${JSON.stringify(listAttributes)};`,
  '',
].join('\n');

const target = path.join(root, 'server/src/service/model/generated/cfnModel.ts');
fs.mkdirSync(path.dirname(target), { recursive: true });
if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== out) fs.writeFileSync(target, out);
