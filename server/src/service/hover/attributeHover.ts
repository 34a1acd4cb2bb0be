// Hover over an attribute's key or value: the SDK's paragraph about the key, then what the table
// says of it (where it applies, the values it takes here, what it depends on), narrowed by what
// the semantic layer knows of the resource.
import type { Analysis } from '../analysis';
import { attributeKeyDoc } from '../model/attributeDocs';
import { attributeSpec, listedValues, resourcesOfKey, type AttributeSpec } from '../model/attributes';
import {
  allowedAttributeValues,
  attributeResourceOfStructure,
  keyOf,
  valueOf,
  type AttributeSet,
} from '../semantics/attributes';
import { DocumentSemantics } from '../semantics/document';
import { describeLoadBalancer } from '../semantics/origin';
import { LOAD_BALANCER_TYPE_LABEL, type LoadBalancerType } from '../arn';
import type { ObjectNode } from '../syntax/tree';
import { code, span } from './markdown';

/** The hover of the Key or Value of the attribute object, or undefined when its key is not known. */
export function attributeHover(
  analysis: Analysis,
  attribute: ObjectNode,
  structure: string,
): string | undefined {
  const key = keyOf(attribute);
  if (key === undefined) return undefined;
  const set = new DocumentSemantics(analysis.kind, analysis.binding).attributeSetOf(attribute);
  // The resource of the list; when the document does not tell (a describe output of shared keys),
  // every resource that has the key, each with its own entry, rather than a guess.
  const resource = set ? set.owner.resource : attributeResourceOfStructure(structure);
  const resources = resource ? [resource] : resourcesOfKey(key);
  const specs = resources.flatMap((r) => attributeSpec(r, key) ?? []);
  if (specs.length === 0) return undefined;
  // A type read from this attribute itself says nothing new about it.
  const fact = set?.loadBalancer;
  const self = fact && fact.node.start >= attribute.start && fact.node.end <= attribute.end;
  const context = set && self ? { ...set, loadBalancer: undefined } : set;
  return specs
    .map((spec) => {
      const blocks = [`### ${code(key)} · ${spec.resource} attribute`];
      const doc = attributeKeyDoc(spec.resource, key);
      if (doc) blocks.push(doc);
      blocks.push(`---\n\n${factLines(spec, context, valueOf(attribute)).join('\n')}`);
      return blocks.join('\n\n');
    })
    .join('\n\n---\n\n');
}

function factLines(
  spec: AttributeSpec,
  set: AttributeSet | undefined,
  current: string | undefined,
): string[] {
  const lines: string[] = [];
  const where = [typesText(spec.loadBalancerTypes)];
  if (spec.targetTypes) where.push(`${spec.targetTypes.map(code).join(', ')} targets`);
  if (spec.protocols) where.push(`${spec.protocols.join(', ')} listeners`);
  lines.push(`- **Applies to:** ${where.join('; ')}`);
  if (set?.loadBalancer) lines.push(`- **Here:** ${describeLoadBalancer(set.loadBalancer)}`);
  const value = spec.value;
  if (value.kind === 'integer') {
    const also = value.also?.length ? `, or ${value.also.map(code).join(', ')}` : '';
    lines.push(`- **Value:** a whole number, ${span(value.min, value.max)}${also} (as a string)`);
  } else if (value.kind === 'string') {
    const reserved = value.reservedPrefixes?.length
      ? `; not starting with ${value.reservedPrefixes.map(code).join(', ')}`
      : '';
    lines.push(`- **Value:** text${reserved}`);
  } else {
    const allowed = (set ? allowedAttributeValues(set, spec) : undefined) ?? listedValues(spec.value) ?? [];
    const listed = allowed.map((v) => (v === current ? `**${code(v)}** ✓` : code(v)));
    lines.push(
      `- **Allowed values${set?.loadBalancer || set?.owner.protocol ? ' here' : ''}:** ${listed.join(', ')}`,
    );
  }
  if (spec.dependency)
    lines.push(
      `- **Needs:** ${code(spec.dependency.key)} ${spec.dependency.values.map(code).join(' or ')}${spec.dependency.when ? ` (when ${spec.dependency.when.map(code).join(' or ')})` : ''}`,
    );
  if (spec.sameAs) lines.push(`- **Set with:** ${code(spec.sameAs.key)}, to the same value`);
  if (spec.needs) lines.push(`- **When ${code(spec.needs.when)}:** needs ${code(spec.needs.key)}`);
  return lines;
}

/** "Application and Network Load Balancers", "all load balancers". */
function typesText(types: readonly LoadBalancerType[]): string {
  if (types.length === 3) return 'all load balancers';
  const names = types.map((t) => LOAD_BALANCER_TYPE_LABEL[t].replace(' Load Balancer', ''));
  return `${names.join(' and ')} Load Balancers`;
}
