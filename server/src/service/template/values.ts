// What a template value is in one scenario: a literal, a parameter's value, a branch of an
// Fn::If, an entry of a mapping, a Fn::Sub without variables; absent (`!Ref AWS::NoValue`); or
// unknown (an import, another resource's attribute, a Fn::Sub with variables, …), which no rule
// ever calls wrong.
import type { Node, ScalarNode } from '../syntax/tree';
import { intrinsicOf, stringOf, subVariables } from './intrinsics';
import type { Conditions, Scenario } from './scenarios';
import type { Template } from './template';

export type Resolved =
  | {
      kind: 'known';
      node: Node;
      /** For a value taken from elsewhere: what a message says of it ("parameter `P` = `HTTPS`"). */
      origin?: string;
    }
  | {
      kind: 'unknown';
      /** The node that stands for the value (an intrinsic function, or a `Ref` to a resource). */
      node: Node;
      /** A `Ref` or `Fn::GetAtt` of a resource of the template: its logical ID. */
      resource?: string;
      /** For `Fn::GetAtt`, the attribute. */
      attribute?: string;
    }
  | { kind: 'absent' };

/** How many intrinsic functions one value may nest before it is left unknown. */
const MAX_NESTING = 100;

export class Resolver {
  constructor(
    private readonly template: Template,
    private readonly conditions: Conditions,
    readonly scenario: Scenario,
  ) {}

  resolve(node: Node, depth = 0): Resolved {
    const fn = intrinsicOf(node);
    if (!fn) return { kind: 'known', node };
    if (depth > MAX_NESTING) return { kind: 'unknown', node };
    const args = fn.argument.type === 'array' ? fn.argument.items : [];
    switch (fn.name) {
      case 'Ref': {
        const name = stringOf(fn.argument);
        if (name === undefined) return { kind: 'unknown', node };
        if (name === 'AWS::NoValue') return { kind: 'absent' };
        const value = this.scenario.parameters.get(name);
        if (value?.type === 'scalar')
          return {
            kind: 'known',
            node: moved(value, node),
            origin: `parameter \`${name}\` = \`${String(value.value)}\``,
          };
        return this.template.resources.has(name)
          ? { kind: 'unknown', node, resource: name }
          : { kind: 'unknown', node };
      }
      case 'Fn::GetAtt': {
        const target =
          fn.argument.type === 'array'
            ? stringOf(fn.argument.items[0])
            : stringOf(fn.argument)?.split('.')[0];
        const attribute =
          fn.argument.type === 'array'
            ? stringOf(fn.argument.items[1])
            : stringOf(fn.argument)?.split('.').slice(1).join('.');
        if (target === undefined || !this.template.resources.has(target)) return { kind: 'unknown', node };
        return attribute === undefined
          ? { kind: 'unknown', node, resource: target }
          : { kind: 'unknown', node, resource: target, attribute };
      }
      case 'Fn::If': {
        const name = stringOf(args[0]);
        const truth = name === undefined ? undefined : this.conditions.value(name, this.scenario);
        const branch = truth === undefined ? undefined : args[truth ? 1 : 2];
        return branch ? this.resolve(branch, depth + 1) : { kind: 'unknown', node };
      }
      case 'Fn::FindInMap':
        return this.findInMap(args, node, depth);
      case 'Fn::Sub': {
        const text = stringOf(fn.argument);
        if (text === undefined || subVariables(text).length > 0) return { kind: 'unknown', node };
        return { kind: 'known', node: { ...scalarAt(node), value: text.replace(/\$\{!/g, '${') } };
      }
      case 'Fn::Join': {
        const separator = stringOf(args[0]);
        const list = args[1];
        if (separator === undefined || list?.type !== 'array') return { kind: 'unknown', node };
        const parts: string[] = [];
        for (const item of list.items) {
          const r = this.resolve(item, depth + 1);
          if (r.kind === 'absent') continue;
          if (r.kind !== 'known' || r.node.type !== 'scalar' || r.node.value === null)
            return { kind: 'unknown', node };
          parts.push(String(r.node.value));
        }
        return { kind: 'known', node: { ...scalarAt(node), value: parts.join(separator) } };
      }
      default:
        return { kind: 'unknown', node };
    }
  }

  private findInMap(args: readonly Node[], node: Node, depth: number): Resolved {
    const keys: string[] = [];
    for (const arg of args.slice(0, 3)) {
      const r = this.resolve(arg, depth + 1);
      if (r.kind !== 'known' || r.node.type !== 'scalar' || r.node.value === null)
        return { kind: 'unknown', node };
      keys.push(String(r.node.value));
    }
    const [map, first, second] = keys;
    if (map === undefined || first === undefined || second === undefined) return { kind: 'unknown', node };
    let value: Node | undefined = this.template.mappings.get(map)?.value;
    for (const key of [first, second]) {
      if (value?.type !== 'object') return { kind: 'unknown', node };
      value = value.properties.find((p) => p.key.value === key)?.value;
    }
    if (value?.type !== 'scalar') return { kind: 'unknown', node };
    return {
      kind: 'known',
      node: moved(value, node),
      origin: `\`Mappings.${map}.${first}.${second}\` = \`${String(value.value)}\``,
    };
  }
}

/** A copy of a scalar placed where it is used, so findings about it point at the use. */
function moved(value: ScalarNode, at: Node): ScalarNode {
  const copy: ScalarNode = {
    type: 'scalar',
    value: value.value,
    integer: value.integer,
    start: at.start,
    end: at.end,
  };
  return copy;
}

function scalarAt(node: Node): ScalarNode {
  return { type: 'scalar', value: null, integer: false, start: node.start, end: node.end };
}
