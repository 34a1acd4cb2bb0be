// A list where a property takes one value, or one value where it takes a list, written as an
// intrinsic function whose value the template does not spell out (template/shapes.ts). A value the
// scenarios know (a literal, a parameter's Default) is on the resource's view, where wrong-type
// judges it.
import type { CfnType } from '../../model/cfnModel';
import { intrinsicOf } from '../../template/intrinsics';
import { parameterValues } from '../../template/scenarios';
import { intrinsicShape } from '../../template/shapes';
import { guideSource, type Rule } from '../rule';
import { schemaWalk } from './schemaWalk';
import { GETATT_SOURCE, REF_SOURCE } from './walk';

/** "Each item of `SecurityGroups`" or "`VpcId`", from a schema path. */
function nameOf(path: string): string {
  const last = path.slice(path.lastIndexOf('.') + 1);
  const bracket = last.indexOf('[');
  return bracket >= 0 ? `Each item of \`${last.slice(0, bracket)}\`` : `\`${last}\``;
}

/** The property takes a list (true), one value (false), or an object or map (undefined). */
function takesList(type: CfnType): boolean | undefined {
  if (type.kind === 'list') return true;
  if (type.kind === 'primitive') return type.name === 'Json' ? undefined : false;
  return undefined;
}

export const templateIntrinsicType: Rule = {
  id: 'template-intrinsic-type',
  severity: 'error',
  summary:
    'A `Ref`, `Fn::GetAtt` or list function gives a list where the property takes a list, and one value where it takes one.',
  constraint:
    "CloudFormation passes a function's value as it is: a list where the resource schema wants one value (`- !GetAtt WebLoadBalancer.SecurityGroups` as an item of `SecurityGroups`: a list in a list), or one value where it wants a list (a nested stack's output, which is a string, as the whole of `SecurityGroups`), fails the stack. Only what the template tells is checked: `Ref` of a parameter (by its type) or of a resource (its ID), `Fn::GetAtt` of an attribute whose type the resource schemas give (array attributes of any resource type; the ELBv2 types' other attributes; the ID attributes of EC2 subnets, VPCs and security groups; a nested stack's `Outputs.<Name>`), and `Fn::Split`, `Fn::GetAZs` and `Fn::Cidr`, which give lists. `Fn::Select`, imports and custom resources' attributes are not judged.",
  sources: [
    GETATT_SOURCE,
    REF_SOURCE,
    guideSource(
      'AWS CloudFormation',
      'AWS::CloudFormation::Stack (return values)',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-stack.html#aws-resource-cloudformation-stack-return-values',
    ),
  ],
  scope: 'document',
  fixable: false,
  templateOnly: true,
  check(context) {
    const checked = context.template;
    if (!checked) return;
    for (const { node, type, path } of schemaWalk(checked).values) {
      const fn = intrinsicOf(node);
      const wantsList = takesList(type);
      if (!fn || wantsList === undefined) continue;
      const found = intrinsicShape(fn, checked.template);
      if (!found || (found.shape === 'list') === wantsList) continue;
      // A parameter whose value the scenarios take is on the view, where wrong-type judges it.
      if (found.parameter && found.shape === 'scalar' && parameterValues(found.parameter).length > 0)
        continue;
      const why = found.what ? ` (${found.what})` : '';
      context.report(
        node,
        wantsList
          ? `${nameOf(path)} takes a list, but ${found.source} gives one value${why}. Write it as an item of a list${found.splittable ? ', or `!Split` it if it holds comma-separated values' : ''}.`
          : `${nameOf(path)} takes one value, but ${found.source} gives a list${why}${path.endsWith(']') ? ': a list in a list. Write it as the whole value of the property' : '. Pick one item with `!Select`'}.`,
      );
    }
  },
};
