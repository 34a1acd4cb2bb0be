import type { Node } from '../../syntax/tree';
import { intrinsicOf, stringOf } from '../../template/intrinsics';
import type { TemplateParameter } from '../../template/template';
import { guideSource, type Rule } from '../rule';
import { forEachIntrinsic } from './walk';

/** The parameter a `Ref` names, if the node is one. */
function parameterOfRef(
  node: Node,
  parameters: ReadonlyMap<string, TemplateParameter>,
): TemplateParameter | undefined {
  const fn = intrinsicOf(node);
  const name = fn?.name === 'Ref' ? stringOf(fn.argument) : undefined;
  return name === undefined ? undefined : parameters.get(name);
}

export const templateMapping: Rule = {
  id: 'template-mapping',
  severity: 'error',
  summary: 'A `Fn::FindInMap` in an ELBv2 resource names a mapping, and literal keys, the template has.',
  constraint:
    'The first argument of `Fn::FindInMap` must name a mapping of the `Mappings` section, and keys written as literals must exist in it, as must every allowed value of a parameter used as the first key: CloudFormation fails the stack otherwise (unless a `DefaultValue` is given).',
  sources: [
    guideSource(
      'AWS CloudFormation',
      'Fn::FindInMap',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-findinmap.html',
    ),
  ],
  scope: 'document',
  fixable: false,
  templateOnly: true,
  check(context) {
    const checked = context.template;
    if (!checked) return;
    const mappings = checked.template.mappings;
    forEachIntrinsic(checked, (fn) => {
      if (fn.name !== 'Fn::FindInMap' || fn.argument.type !== 'array') return;
      const [mapNode, firstNode, secondNode, fallback] = fn.argument.items;
      if (fallback) return; // `DefaultValue` (AWS::LanguageExtensions) covers a missing key
      const map = stringOf(mapNode);
      if (map === undefined || !mapNode) return;
      const mapping = mappings.get(map);
      if (!mapping) {
        context.report(
          mapNode,
          `\`${map}\` is not a mapping of this template's \`Mappings\`, so CloudFormation rejects it.`,
        );
        return;
      }
      if (!firstNode || mapping.value.type !== 'object') return;
      const keys = mapping.value.properties.map((p) => p.key.value);
      // A parameter key: each of its allowed values must be a key of the mapping.
      const parameter = parameterOfRef(firstNode, checked.template.parameters);
      if (parameter) {
        const values = (parameter.allowedValues ?? []).flatMap((n) =>
          n.type === 'scalar' && n.value !== null ? [String(n.value)] : [],
        );
        const absent = values.filter((v) => !keys.includes(v));
        const one = absent.length === 1;
        if (absent.length > 0)
          context.report(
            firstNode,
            `The mapping \`${map}\` has no key ${absent.map((v) => `\`${v}\``).join(' or ')}, which the parameter \`${parameter.name}\` allows, so this lookup fails the stack for ${one ? 'that value' : 'those values'}. Add ${one ? 'it' : 'them'} to the mapping, or take ${one ? 'it' : 'them'} out of AllowedValues.`,
          );
        return;
      }
      const first = stringOf(firstNode);
      if (first === undefined) {
        // A first key the template does not fix (`!Ref AWS::Region`): a literal second key must be
        // in some entry, or the lookup fails whatever the first key is.
        const second = stringOf(secondNode);
        const entries = mapping.value.properties.map((p) => p.value);
        if (
          second !== undefined &&
          secondNode &&
          entries.length > 0 &&
          entries.every((e) => e.type === 'object' && !e.properties.some((p) => p.key.value === second))
        )
          context.report(
            secondNode,
            `No entry of the mapping \`${map}\` has the key \`${second}\`, so this lookup fails the stack whatever the first key is.`,
          );
        return;
      }
      const level = mapping.value.properties.find((p) => p.key.value === first)?.value;
      if (!level) {
        context.report(
          firstNode,
          `The mapping \`${map}\` has no key \`${first}\`, so this lookup fails the stack.`,
        );
        return;
      }
      const second = stringOf(secondNode);
      if (second === undefined || !secondNode || level.type !== 'object') return;
      if (!level.properties.some((p) => p.key.value === second))
        context.report(
          secondNode,
          `\`${map}.${first}\` has no key \`${second}\`, so this lookup fails the stack.`,
        );
    });
  },
};
