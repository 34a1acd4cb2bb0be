import { propertyValue, type Node } from '../../syntax/tree';
import { getAttTarget, stringOf, subVariables } from '../../template/intrinsics';
import { guideSource, type Rule } from '../rule';
import { forEachIntrinsic, GETATT_SOURCE, isPseudoParameter, REF_SOURCE, reportUnknownName } from './walk';

const INTRINSICS_GUIDE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html';

export const templateReference: Rule = {
  id: 'template-reference',
  severity: 'error',
  summary:
    'A `Ref`, `Fn::GetAtt` or `Fn::Sub` in an ELBv2 resource names a parameter or resource the template has.',
  constraint:
    'CloudFormation rejects a template whose `Ref` names neither a parameter, a resource nor a pseudo parameter, and whose `Fn::GetAtt` (or `${Id.Attribute}` in `Fn::Sub`) names no resource of the template.',
  sources: [
    REF_SOURCE,
    GETATT_SOURCE,
    guideSource('AWS CloudFormation', 'Intrinsic function reference', INTRINSICS_GUIDE),
  ],
  scope: 'document',
  fixable: true,
  templateOnly: true,
  check(context) {
    const checked = context.template;
    if (!checked) return;
    const { parameters, resources } = checked.template;
    const refNames = (): string[] => [...parameters.keys(), ...resources.keys()];
    const report = (node: Node, name: string, what: string, names: () => string[]): void =>
      reportUnknownName(context, node, name, `is ${what} this template has`, names);
    // DependsOn: a logical ID, or a list of them.
    for (const resource of checked.resources) {
      const body = resource.property.value;
      const depends = body.type === 'object' ? propertyValue(body, 'DependsOn') : undefined;
      const names = depends?.type === 'array' ? depends.items : depends ? [depends] : [];
      for (const node of names) {
        const name = stringOf(node);
        if (name === undefined || resources.has(name)) continue;
        report(node, name, 'not a resource', () => [...resources.keys()]);
      }
    }
    forEachIntrinsic(checked, (fn) => {
      if (fn.name === 'Ref') {
        const name = stringOf(fn.argument);
        if (name === undefined || isPseudoParameter(name) || parameters.has(name) || resources.has(name))
          return;
        report(fn.argument, name, 'not a parameter, resource or pseudo parameter', refNames);
      } else if (fn.name === 'Fn::GetAtt') {
        const target = getAttTarget(fn.argument);
        if (!target || resources.has(target.logicalId)) return;
        if (target.node === fn.argument) return; // "Id.Attr" in one string: no range for the ID alone
        report(target.node, target.logicalId, 'not a resource', () => [...resources.keys()]);
      } else if (fn.name === 'Fn::Sub') {
        const text = stringOf(fn.argument.type === 'array' ? fn.argument.items[0] : fn.argument);
        const own = fn.argument.type === 'array' ? fn.argument.items[1] : undefined;
        const local = new Set(own?.type === 'object' ? own.properties.map((p) => p.key.value) : []);
        if (text === undefined) return;
        for (const variable of subVariables(text)) {
          const name = variable.split('.')[0] ?? variable;
          if (
            local.has(variable) ||
            isPseudoParameter(variable) ||
            parameters.has(name) ||
            resources.has(name)
          )
            continue;
          const at = fn.argument.type === 'array' ? (fn.argument.items[0] ?? fn.argument) : fn.argument;
          context.report(
            at,
            `\`\${${variable}}\` names no parameter, resource or pseudo parameter of this template, so CloudFormation rejects it. Escape it as \`\${!${variable}}\` if it is meant literally.`,
          );
        }
      }
    });
  },
};
