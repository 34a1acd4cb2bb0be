// The intrinsic functions of a template's ELBv2 resources, for the template rules: every place a
// resource names a parameter, resource, condition or mapping.
import { replaceNode } from '../../edits';
import { closest } from '../../suggest';
import type { Node } from '../../syntax/tree';
import { guideSource, type RuleContext, type RuleSource } from '../rule';
import type { CheckedTemplate } from '../../template/checked';
import { intrinsicOf, type Intrinsic } from '../../template/intrinsics';
import type { TemplateResource } from '../../template/template';

/** Deeper than this, a walk stops (the parser bounds nesting well before it). */
const MAX_DEPTH = 500;

/** Calls `visit` for each intrinsic function in the ELBv2 resources' properties, outermost first. */
export function forEachIntrinsic(
  checked: CheckedTemplate,
  visit: (fn: Intrinsic, resource: TemplateResource) => void,
): void {
  for (const resource of checked.resources) {
    if (!resource.properties) continue;
    const stack: { node: Node; depth: number }[] = [{ node: resource.properties, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as { node: Node; depth: number };
      if (depth > MAX_DEPTH) continue;
      const fn = intrinsicOf(node);
      if (fn) visit(fn, resource);
      if (node.type === 'object')
        for (let i = node.properties.length - 1; i >= 0; i--) {
          const p = node.properties[i];
          if (p) stack.push({ node: p.value, depth: depth + 1 });
        }
      else if (node.type === 'array')
        for (let i = node.items.length - 1; i >= 0; i--) {
          const item = node.items[i];
          if (item) stack.push({ node: item, depth: depth + 1 });
        }
    }
  }
}

export { isPseudoParameter } from '../../template/intrinsics';

/**
 * Reports a name the template does not define, with the nearest one it does ("did you mean") and
 * a fix that writes it. `says` finishes the sentence "`Name` …".
 */
export function reportUnknownName(
  context: RuleContext,
  node: Node,
  name: string,
  says: string,
  known: () => readonly string[],
): void {
  context.reportLazily(node, () => {
    const near = closest(name, known());
    return {
      message: `\`${name}\` ${says}, so CloudFormation rejects it.${near ? ` Did you mean \`${near}\`?` : ''}`,
      ...(near
        ? { fixes: [{ title: `Change to \`${near}\``, edits: [replaceNode(context.document, node, near)] }] }
        : {}),
    };
  });
}

/** The CloudFormation pages of `Ref` and `Fn::GetAtt`, which several template rules cite. */
export const REF_SOURCE: RuleSource = guideSource(
  'AWS CloudFormation',
  'Ref',
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html',
);
export const GETATT_SOURCE: RuleSource = guideSource(
  'AWS CloudFormation',
  'Fn::GetAtt',
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html',
);
