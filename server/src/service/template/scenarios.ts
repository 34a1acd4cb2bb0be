// The cases a resource is checked in. A parameter with AllowedValues takes each of them in turn
// (else its Default); a condition is true or false as its parameters make it, and an Fn::Equals
// that no parameter value decides is a free yes/no. The same condition takes the same branch
// everywhere in a resource, so `Protocol: !If [Tls, HTTPS, HTTP]` with
// `Certificates: !If [Tls, [...], !Ref AWS::NoValue]` is checked as two consistent listeners.
import type { Node } from '../syntax/tree';
import { intrinsicOf, stringOf } from './intrinsics';
import { isListParameter } from './shapes';
import type { Template } from './template';

/** One case: the value each parameter takes and the truth of each undecided Fn::Equals. */
export interface Scenario {
  /** Parameter name → the value node it takes (an AllowedValues item, or its Default). */
  parameters: ReadonlyMap<string, Node>;
  /** Fn::Equals no parameter value decides, by its canonical text → true or false. */
  atoms: ReadonlyMap<string, boolean>;
}

/** At most this many cases per resource: past it, the choices that do not fit are left unknown. */
export const MAX_SCENARIOS = 32;

/** How deep conditions may refer to conditions before the evaluation gives up (a cycle, say). */
const MAX_CONDITION_DEPTH = 64;

export class Conditions {
  constructor(private readonly template: Template) {}

  /** The truth of a named condition in the scenario, or undefined when it cannot be told. */
  value(name: string, scenario: Scenario, depth = 0): boolean | undefined {
    const condition = this.template.conditions.get(name);
    if (!condition || depth > MAX_CONDITION_DEPTH) return undefined;
    return this.evaluate(condition.value, scenario, depth + 1);
  }

  /** The truth of a condition expression. */
  evaluate(node: Node, scenario: Scenario, depth: number): boolean | undefined {
    if (depth > MAX_CONDITION_DEPTH) return undefined;
    const fn = intrinsicOf(node, true);
    if (!fn) return undefined;
    const args = fn.argument.type === 'array' ? fn.argument.items : [];
    switch (fn.name) {
      case 'Condition': {
        const name = stringOf(fn.argument);
        return name === undefined ? undefined : this.value(name, scenario, depth);
      }
      case 'Fn::Not': {
        const inner = args[0] ? this.evaluate(args[0], scenario, depth + 1) : undefined;
        return inner === undefined ? undefined : !inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const values = args.map((a) => this.evaluate(a, scenario, depth + 1));
        const decisive = fn.name === 'Fn::And' ? false : true;
        if (values.includes(decisive)) return decisive;
        return values.includes(undefined) ? undefined : !decisive;
      }
      case 'Fn::Equals': {
        const [a, b] = args;
        if (!a || !b) return undefined;
        const left = this.operand(a, scenario);
        const right = this.operand(b, scenario);
        if (left !== undefined && right !== undefined) return left === right;
        return scenario.atoms.get(atomKey(a, b));
      }
      default:
        return undefined;
    }
  }

  /** An Fn::Equals operand as text, when the scenario decides it. */
  private operand(node: Node, scenario: Scenario): string | undefined {
    if (node.type === 'scalar') return node.value === null ? undefined : String(node.value);
    const fn = intrinsicOf(node);
    if (fn?.name !== 'Ref') return undefined;
    const name = stringOf(fn.argument);
    // A parameter with only a Default can be given any value: it decides no condition.
    if (name === undefined || !this.template.parameters.get(name)?.allowedValues?.length) return undefined;
    const value = scenario.parameters.get(name);
    return value?.type === 'scalar' && value.value !== null ? String(value.value) : undefined;
  }

  /**
   * The parameters and undecided Fn::Equals a condition depends on, added to `into`; `seen`
   * guards against conditions that refer to each other.
   */
  collect(name: string, into: Choices, seen = new Set<string>()): void {
    if (seen.has(name) || seen.size > MAX_CONDITION_DEPTH) return;
    seen.add(name);
    const condition = this.template.conditions.get(name);
    if (condition) this.collectIn(condition.value, into, seen, 0);
  }

  private collectIn(node: Node, into: Choices, seen: Set<string>, depth: number): void {
    if (depth > MAX_CONDITION_DEPTH) return;
    const fn = intrinsicOf(node, true);
    if (!fn) return;
    if (fn.name === 'Condition') {
      const name = stringOf(fn.argument);
      if (name !== undefined) this.collect(name, into, seen);
      return;
    }
    const args = fn.argument.type === 'array' ? fn.argument.items : [];
    if (fn.name === 'Fn::Equals') {
      const [a, b] = args;
      if (!a || !b) return;
      let decided = true;
      for (const operand of [a, b]) {
        const ref = intrinsicOf(operand);
        if (operand.type === 'scalar') continue;
        const name = ref?.name === 'Ref' ? stringOf(ref.argument) : undefined;
        const parameter = name === undefined ? undefined : this.template.parameters.get(name);
        if (name !== undefined && parameter?.allowedValues?.length) into.parameters.add(name);
        else {
          decided = false;
          if (name !== undefined) into.free.add(name);
        }
      }
      if (!decided) into.atoms.add(atomKey(a, b));
      return;
    }
    for (const a of args) this.collectIn(a, into, seen, depth + 1);
  }
}

export interface Choices {
  parameters: Set<string>;
  atoms: Set<string>;
  /**
   * Parameters a free Fn::Equals compares: their value is whatever the condition's truth needs,
   * so their Default is not taken for their value either.
   */
  free: Set<string>;
}

/**
 * The values a parameter can take as far as the template says: AllowedValues, else Default; or
 * the value the user gave.
 */
export function parameterValues(parameter: {
  type?: string;
  default?: Node;
  allowedValues?: readonly Node[];
  assumed?: boolean;
}): Node[] {
  const type = parameter.type ?? '';
  // A list parameter's value is a list the template does not spell out.
  if (isListParameter(parameter)) return [];
  // An AWS-specific type: `AWS::SSM::Parameter::Value<…>` takes its value from Systems Manager (the
  // Default names the SSM parameter), and the others (`AWS::EC2::Subnet::Id`, …) are checked by
  // CloudFormation against the account's resources, which the template does not hold. cfn-lint
  // does not call their values errors either (W1030 is a warning).
  if (type.startsWith('AWS::') && type !== 'AWS::SSM::Parameter::Name' && !parameter.assumed) return [];
  const allowed = (parameter.allowedValues ?? []).filter((n) => n.type === 'scalar' && n.value !== null);
  if (allowed.length > 0) return allowed;
  return parameter.default?.type === 'scalar' && parameter.default.value !== null ? [parameter.default] : [];
}

/** Every combination of the choices, at most MAX_SCENARIOS (the choices past it stay unknown). */
export function scenariosOf(template: Template, choices: Choices): Scenario[] {
  let scenarios: Scenario[] = [{ parameters: new Map(), atoms: new Map() }];
  const parameterNames = [...choices.parameters].sort();
  for (const name of parameterNames) {
    if (choices.free.has(name)) continue;
    const parameter = template.parameters.get(name);
    const values = parameter ? parameterValues(parameter) : [];
    if (values.length === 0) continue;
    if (scenarios.length * values.length > MAX_SCENARIOS) continue;
    scenarios = scenarios.flatMap((s) =>
      values.map((v) => ({ parameters: new Map(s.parameters).set(name, v), atoms: s.atoms })),
    );
  }
  for (const atom of [...choices.atoms].sort()) {
    if (scenarios.length * 2 > MAX_SCENARIOS) break;
    scenarios = scenarios.flatMap((s) =>
      [true, false].map((v) => ({ parameters: s.parameters, atoms: new Map(s.atoms).set(atom, v) })),
    );
  }
  return scenarios;
}

/** The same Fn::Equals written twice (in either order) is one atom. */
function atomKey(a: Node, b: Node): string {
  const [x, y] = [canonical(a), canonical(b)].sort();
  return `${x}==${y}`;
}

function canonical(node: Node, depth = 0): string {
  if (depth > 20) return '…';
  switch (node.type) {
    case 'scalar':
      return JSON.stringify(node.value);
    case 'array':
      return `[${node.items.map((i) => canonical(i, depth + 1)).join(',')}]`;
    case 'object':
      return `{${node.properties.map((p) => `${JSON.stringify(p.key.value)}:${canonical(p.value, depth + 1)}`).join(',')}}`;
  }
}
