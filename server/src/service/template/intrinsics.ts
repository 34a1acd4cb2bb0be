// CloudFormation's intrinsic functions as the tree holds them: a one-key object whose key is
// `Ref`, `Condition` or `Fn::…` (YAML short forms are read into the same shape, syntax/cfnTags.ts).
import type { Node, ObjectNode, ScalarNode } from '../syntax/tree';

export interface Intrinsic {
  /** `Ref`, `Fn::If`, `Fn::GetAtt`, … */
  name: string;
  key: ScalarNode & { value: string };
  argument: Node;
  node: ObjectNode;
}

/** The intrinsic function the node is, if any. `Condition` only counts where `conditions` says so. */
export function intrinsicOf(node: Node | undefined, conditions = false): Intrinsic | undefined {
  if (node?.type !== 'object' || node.properties.length !== 1) return undefined;
  const p = node.properties[0];
  if (!p) return undefined;
  const name = p.key.value;
  if (name !== 'Ref' && !name.startsWith('Fn::') && !(conditions && name === 'Condition')) return undefined;
  return { name, key: p.key, argument: p.value, node };
}

/** A string scalar's value. */
export function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** The logical ID and attribute of a `Fn::GetAtt` argument: `[Id, Attr]` or `"Id.Attr"`. */
export function getAttTarget(
  argument: Node,
): { logicalId: string; attribute?: string; node: Node } | undefined {
  if (argument.type === 'array') {
    const id = stringOf(argument.items[0]);
    const attribute = stringOf(argument.items[1]);
    const first = argument.items[0];
    if (id === undefined || !first) return undefined;
    return attribute === undefined
      ? { logicalId: id, node: first }
      : { logicalId: id, attribute, node: first };
  }
  const text = stringOf(argument);
  if (text === undefined) return undefined;
  const dot = text.indexOf('.');
  return dot < 0
    ? { logicalId: text, node: argument }
    : { logicalId: text.slice(0, dot), attribute: text.slice(dot + 1), node: argument };
}

/** The `${Name}` references of a `Fn::Sub` string (`${!Literal}` is no reference). */
export function subVariables(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\$\{([^}!][^}]*)\}/g)) if (m[1] !== undefined) names.push(m[1].trim());
  return names;
}

/** The names CloudFormation defines in every template (`AWS::Region`, …). */
export function isPseudoParameter(name: string): boolean {
  return /^AWS::(AccountId|NotificationARNs|NoValue|Partition|Region|StackId|StackName|URLSuffix)$/.test(
    name,
  );
}
