// JSON Schemas for users of other tools (yaml-language-server, ajv, …), generated from the same
// API model and facts table the language service reads. They carry no documentation text: AWS
// sentences stay out of git, and hovers get them from the SDK at build time.
import { enumValues, members, structure, type TypeRef } from '../server/src/service/model/apiModel';
import { factsFor, type MemberFacts } from '../server/src/service/model/facts';
import { KINDS, type KindInfo } from '../server/src/service/documentKind';
import {
  ATTRIBUTE_RESOURCES,
  ATTRIBUTE_STRUCTURE,
  attributesOf,
  listedValues,
} from '../server/src/service/model/attributes';
import { CONFIG_SCHEMA_FILE, renderConfigSchema } from './configSchema';

type Schema = Record<string, unknown>;

export function renderSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  const all: Schema[] = [];
  for (const kind of KINDS) {
    const definitions: Record<string, Schema> = {};
    collect(kind.root, definitions);
    if (kind.resource === 'attributes') constrainAttributes(kind, definitions);
    const schema: Schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://github.com/elbv2-ls/elbv2-ls/schemas/${kind.kind}.schema.json`,
      title: `ELBv2 ${kind.label}`,
      $ref: `#/definitions/${kind.root}`,
      definitions,
    };
    out[`${kind.kind}.schema.json`] = JSON.stringify(schema, null, 2) + '\n';
    all.push({ $ref: `${kind.kind}.schema.json` });
  }
  out['elbv2-document.schema.json'] =
    JSON.stringify(
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://github.com/elbv2-ls/elbv2-ls/schemas/elbv2-document.schema.json',
        title: 'ELBv2 listener, listener-rule or target-group document',
        anyOf: all,
      },
      null,
      2,
    ) + '\n';
  out[CONFIG_SCHEMA_FILE] = renderConfigSchema();
  return out;
}

function collect(name: string, definitions: Record<string, Schema>): void {
  if (definitions[name]) return;
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  const schema: Schema = { type: 'object', properties, additionalProperties: false };
  definitions[name] = schema;
  for (const m of members(name)) {
    properties[m.name] = typeSchema(
      m.type,
      factsFor(name, m.name),
      factsFor(name, m.name, true),
      definitions,
    );
    if (m.required) required.push(m.name);
  }
  if (required.length > 0) schema.required = required;
  if (!structure(name)) throw new Error(`unknown structure ${name}`);
}

function typeSchema(
  type: TypeRef,
  facts: MemberFacts | undefined,
  itemFacts: MemberFacts | undefined,
  definitions: Record<string, Schema>,
): Schema {
  const s: Schema = {};
  switch (type.kind) {
    case 'string':
    case 'timestamp':
      s.type = 'string';
      break;
    case 'integer':
      s.type = 'integer';
      break;
    case 'boolean':
      s.type = 'boolean';
      break;
    case 'enum':
      s.type = 'string';
      s.enum = [...enumValues(type.name)];
      break;
    case 'structure':
      collect(type.name, definitions);
      return { $ref: `#/definitions/${type.name}` };
    case 'list':
      s.type = 'array';
      s.items = typeSchema(type.item, itemFacts, undefined, definitions);
      break;
    case 'map':
      s.type = 'object';
      s.additionalProperties = typeSchema(type.value, undefined, undefined, definitions);
      break;
  }
  if (facts?.range) Object.assign(s, { minimum: facts.range.min, maximum: facts.range.max });
  if (facts?.length)
    Object.assign(
      s,
      { minLength: facts.length.min },
      facts.length.max !== Infinity ? { maxLength: facts.length.max } : {},
    );
  if (facts?.items) {
    const [min, max] = type.kind === 'map' ? ['minProperties', 'maxProperties'] : ['minItems', 'maxItems'];
    if (facts.items.min > 0) s[min] = facts.items.min;
    if (facts.items.max !== Infinity) s[max] = facts.items.max;
  }
  if (facts?.pattern) s.pattern = facts.pattern.regex;
  if (facts?.values) s.enum = [...facts.values.values];
  return s;
}

/**
 * The attribute structure of an attribute document names its keys (every resource's, when the
 * document does not tell which) and, per key, the values of switches and listed values.
 */
function constrainAttributes(kind: KindInfo, definitions: Record<string, Schema>): void {
  const resources = kind.attributesOf ? [kind.attributesOf] : ATTRIBUTE_RESOURCES;
  const specs = resources.flatMap((r) => attributesOf(r));
  const schema = definitions[ATTRIBUTE_STRUCTURE[kind.attributesOf ?? 'target-group']];
  const properties = schema?.properties as Record<string, Schema> | undefined;
  if (!schema || !properties?.Key) return;
  properties.Key = { ...properties.Key, enum: [...new Set(specs.map((s) => s.key))] };
  if (!kind.attributesOf) return;
  schema.allOf = specs.flatMap((spec) => {
    const values = listedValues(spec.value);
    return values
      ? [
          {
            if: { properties: { Key: { const: spec.key } } },
            then: { properties: { Value: { enum: [...values] } } },
          },
        ]
      : [];
  });
}
