// Where a template declares and uses its names: the logical IDs of parameters and resources (used
// by `Ref`, `Fn::GetAtt`, `${…}` in `Fn::Sub`, `DependsOn`), conditions (a resource's or output's
// `Condition`, `Fn::If`, `Condition` inside `Conditions`) and mappings (`Fn::FindInMap`). Go to
// definition and find references read it. Ranges cover the name alone: not the quotes of a JSON
// string, not the `.Attr` of `Id.Attr`.
import { isObject, propertyValue, type Node, type Property } from '../syntax/tree';
import { getAttTarget, intrinsicOf, isPseudoParameter, stringOf } from './intrinsics';
import type { Template } from './template';

/** Logical IDs (parameters and resources share one namespace), conditions, mappings. */
export type NameSpace = 'logicalId' | 'condition' | 'mapping';

export interface NameOccurrence {
  space: NameSpace;
  name: string;
  /** UTF-16 offsets of the name. */
  start: number;
  end: number;
  /** The key that declares the name, not a use of it. */
  declaration: boolean;
}

/** Deeper than this, the walk stops (the parser bounds nesting well before it). */
const MAX_DEPTH = 500;

/** The sections whose values may hold intrinsic functions that name something. */
const WALKED = ['Conditions', 'Resources', 'Outputs', 'Rules'];

/** Every declaration and use of a name in the template, in no particular order. */
export function nameOccurrences(template: Template, text: string): NameOccurrence[] {
  const found = new Finder(text);
  const declare = (space: NameSpace, properties: Iterable<Property>): void => {
    for (const p of properties) found.add(space, p.key.value, p.key, true);
  };
  declare(
    'logicalId',
    [...template.parameters.values()].map((p) => p.property),
  );
  declare(
    'logicalId',
    [...template.resources.values()].map((r) => r.property),
  );
  declare('condition', template.conditions.values());
  declare('mapping', template.mappings.values());
  for (const section of WALKED) {
    const body = propertyValue(template.root, section);
    if (!isObject(body)) continue;
    for (const entry of body.properties) {
      if (section === 'Resources' || section === 'Outputs') found.attributes(entry.value);
      found.walk(entry.value, section === 'Conditions');
    }
  }
  return found.list;
}

class Finder {
  readonly list: NameOccurrence[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly text: string) {}

  add(space: NameSpace, name: string, node: Node, declaration = false): void {
    const at = nameRange(this.text, node, name);
    this.addAt(space, name, at.start, at.end, declaration);
  }

  /** A resource's or output's `Condition` and `DependsOn`. */
  attributes(entry: Node): void {
    if (!isObject(entry)) return;
    const condition = propertyValue(entry, 'Condition');
    const name = stringOf(condition);
    if (condition && name !== undefined) this.add('condition', name, condition);
    const dependsOn = propertyValue(entry, 'DependsOn');
    for (const item of dependsOn?.type === 'array' ? dependsOn.items : dependsOn ? [dependsOn] : []) {
      const id = stringOf(item);
      if (id !== undefined) this.add('logicalId', id, item);
    }
  }

  /** The intrinsic functions in `node`; `{Condition: X}` names a condition only inside `Conditions`. */
  walk(root: Node, inConditions: boolean): void {
    const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as { node: Node; depth: number };
      if (depth > MAX_DEPTH) continue;
      this.intrinsic(node, inConditions);
      if (node.type === 'object')
        for (const p of node.properties) stack.push({ node: p.value, depth: depth + 1 });
      else if (node.type === 'array')
        for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }

  private intrinsic(node: Node, inConditions: boolean): void {
    const fn = intrinsicOf(node, inConditions);
    if (!fn) return;
    const { argument } = fn;
    const first = argument.type === 'array' ? argument.items[0] : undefined;
    switch (fn.name) {
      case 'Ref': {
        const name = stringOf(argument);
        if (name !== undefined && !isPseudoParameter(name)) this.add('logicalId', name, argument);
        break;
      }
      case 'Fn::GetAtt': {
        const target = getAttTarget(argument);
        if (target) this.add('logicalId', target.logicalId, target.node);
        break;
      }
      case 'Fn::Sub':
        this.sub(
          argument.type === 'array' ? first : argument,
          argument.type === 'array' ? argument.items[1] : undefined,
        );
        break;
      case 'Fn::If':
      case 'Condition': {
        const at = fn.name === 'Condition' ? argument : first;
        const name = stringOf(at);
        if (at && name !== undefined) this.add('condition', name, at);
        break;
      }
      case 'Fn::FindInMap': {
        const name = stringOf(first);
        if (first && name !== undefined) this.add('mapping', name, first);
        break;
      }
    }
  }

  /** `${Name}` and `${Name.Attr}` in a `Fn::Sub` string, but not its own variables nor `${!Literal}`. */
  private sub(template: Node | undefined, variables: Node | undefined): void {
    if (template?.type !== 'scalar' || typeof template.value !== 'string') return;
    const local = new Set(isObject(variables) ? variables.properties.map((p) => p.key.value) : []);
    // The written text, not the value: the offsets of each `${…}` are needed, and a name has no
    // escapes. A block scalar's header or a JSON string's quotes do not look like `${`.
    const written = this.text.slice(template.start, template.end);
    for (const m of written.matchAll(/\$\{([^}!][^}]*)\}/g)) {
      const inner = m[1] ?? '';
      const variable = inner.trim();
      const name = variable.split('.')[0] ?? variable;
      if (local.has(variable) || isPseudoParameter(variable) || name === '') continue;
      const start = template.start + m.index + 2 + (inner.length - inner.trimStart().length);
      this.addAt('logicalId', name, start, start + name.length);
    }
  }

  private addAt(space: NameSpace, name: string, start: number, end: number, declaration = false): void {
    const key = `${space}\u0000${start}\u0000${end}`;
    if (this.seen.has(key)) return; // a YAML alias repeats the nodes of its anchor
    this.seen.add(key);
    this.list.push({ space, name, start, end, declaration });
  }
}

/** Where `name` is written inside the node (after a quote, before `.Attr`), else the whole node. */
function nameRange(text: string, node: Node, name: string): { start: number; end: number } {
  const at = name === '' ? -1 : text.slice(node.start, node.end).indexOf(name);
  return at < 0
    ? { start: node.start, end: node.end }
    : { start: node.start + at, end: node.start + at + name.length };
}
