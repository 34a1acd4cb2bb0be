// Whether a value the template does not spell out is a list or one value: what `Ref` gives (a
// parameter's value, by the parameter's type; a resource's ID; a pseudo parameter), what
// `Fn::GetAtt` gives (model/cfnModel.ts), and the functions that make a list. CloudFormation
// passes the value as it is, so a list where a property takes one value, or one value where it
// takes a list, fails the stack.
import { getAttShape, type ValueShape } from '../model/cfnModel';
import { getAttTarget, stringOf, type Intrinsic } from './intrinsics';
import type { Template, TemplateParameter } from './template';

/** Intrinsic functions that always give a list (Fn::Split, Fn::GetAZs, Fn::Cidr). */
const LIST_FUNCTIONS: ReadonlySet<string> = new Set(['Fn::Split', 'Fn::GetAZs', 'Fn::Cidr']);

/** The shape an intrinsic function gives, and how a message names where it comes from. */
export interface IntrinsicShape {
  shape: ValueShape;
  /** "`Ref` of `SubnetList`", "`Fn::GetAtt` of `Web.SecurityGroups`", "`Fn::Split`". */
  source: string;
  /** What it is, when that says why: "a nested stack's output", "a resource's ID". */
  what?: string;
  /** The parameter a `Ref` names. */
  parameter?: TemplateParameter;
  /** One string that may hold several comma-separated values (a String parameter, a stack output). */
  splittable?: boolean;
}

/** The shape of an intrinsic function's value, or undefined when the template does not tell. */
export function intrinsicShape(fn: Intrinsic, template: Template): IntrinsicShape | undefined {
  if (LIST_FUNCTIONS.has(fn.name)) return { shape: 'list', source: `\`${fn.name}\`` };
  if (fn.name === 'Ref') {
    const name = stringOf(fn.argument);
    if (name === undefined) return undefined;
    const source = `\`Ref\` of \`${name}\``;
    const parameter = template.parameters.get(name);
    if (parameter) {
      const type = parameter.type ?? 'String';
      return {
        shape: isListParameter(parameter) ? 'list' : 'scalar',
        source,
        what: `a parameter of type \`${type}\``,
        parameter,
        splittable: type === 'String',
      };
    }
    if (template.resources.has(name)) return { shape: 'scalar', source, what: "a resource's ID" };
    if (name === 'AWS::NotificationARNs') return { shape: 'list', source };
    if (/^AWS::(AccountId|Partition|Region|StackId|StackName|URLSuffix)$/.test(name))
      return { shape: 'scalar', source };
    return undefined;
  }
  if (fn.name === 'Fn::GetAtt') {
    const target = getAttTarget(fn.argument);
    const type = target && template.resources.get(target.logicalId)?.type;
    if (!target || target.attribute === undefined || type === undefined) return undefined;
    const shape = getAttShape(type, target.attribute);
    if (!shape) return undefined;
    const source = `\`Fn::GetAtt\` of \`${target.logicalId}.${target.attribute}\``;
    return type === 'AWS::CloudFormation::Stack' && shape === 'scalar'
      ? { shape, source, what: "a nested stack's output, which is a string", splittable: true }
      : { shape, source };
  }
  return undefined;
}

/** A parameter whose value is a list: CommaDelimitedList, List<…>, or an SSM parameter of one. */
export function isListParameter(parameter: { type?: string }): boolean {
  const type = parameter.type ?? '';
  return /^(CommaDelimitedList|List<|AWS::SSM::Parameter::Value<(List<|CommaDelimitedList))/.test(type);
}
