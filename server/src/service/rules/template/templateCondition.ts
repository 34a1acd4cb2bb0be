import type { Node } from '../../syntax/tree';
import { intrinsicOf, stringOf } from '../../template/intrinsics';
import { guideSource, type Rule } from '../rule';
import { forEachIntrinsic, reportUnknownName } from './walk';

const CONDITIONS_GUIDE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html';

export const templateCondition: Rule = {
  id: 'template-condition',
  severity: 'error',
  summary:
    'The conditions an ELBv2 resource uses (its `Condition`, `Fn::If`) exist, and do not refer to each other in a cycle.',
  constraint:
    'A resource `Condition` and the first argument of `Fn::If` must name a condition of the `Conditions` section, and a condition cannot depend on itself through `Condition` references: CloudFormation rejects the template otherwise.',
  sources: [
    guideSource('AWS CloudFormation', 'Conditions syntax', CONDITIONS_GUIDE),
    guideSource(
      'AWS CloudFormation',
      'Fn::If',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html',
    ),
  ],
  scope: 'document',
  fixable: true,
  templateOnly: true,
  check(context) {
    const checked = context.template;
    if (!checked) return;
    const conditions = checked.template.conditions;
    const used = new Map<string, Node>();
    const missing = (node: Node, name: string): void =>
      reportUnknownName(context, node, name, "is not a condition of this template's `Conditions`", () => [
        ...conditions.keys(),
      ]);
    const use = (node: Node | undefined): void => {
      const name = stringOf(node);
      if (name === undefined || !node) return;
      if (!conditions.has(name)) missing(node, name);
      else if (!used.has(name)) used.set(name, node);
    };
    for (const resource of checked.resources) use(resource.condition);
    forEachIntrinsic(checked, (fn) => {
      if (fn.name === 'Fn::If' && fn.argument.type === 'array') use(fn.argument.items[0]);
    });
    // Cycles among the conditions the ELBv2 resources use, each reported once, at its first use.
    const state = new Map<string, 'open' | 'done'>();
    const cyclic = new Set<string>();
    const visit = (name: string, depth: number): boolean => {
      if (state.get(name) === 'done' || depth > 200) return false;
      if (state.get(name) === 'open') return true;
      state.set(name, 'open');
      let cycle = false;
      const condition = conditions.get(name);
      if (condition)
        for (const next of referencedConditions(condition.value))
          if (conditions.has(next) && visit(next, depth + 1)) cycle = true;
      state.set(name, 'done');
      if (cycle) cyclic.add(name);
      return cycle;
    };
    for (const [name, node] of used) {
      visit(name, 0);
      if (cyclic.has(name))
        context.report(
          node,
          `The condition \`${name}\` depends on itself through \`Condition\` references, so CloudFormation cannot evaluate it. Break the cycle in \`Conditions\`.`,
        );
    }
    // A `Condition` reference inside a used condition that names no condition.
    for (const name of used.keys()) {
      const condition = conditions.get(name);
      if (!condition) continue;
      for (const ref of conditionRefNodes(condition.value)) {
        const target = stringOf(ref);
        if (target !== undefined && !conditions.has(target)) missing(ref, target);
      }
    }
  },
};

function referencedConditions(node: Node): string[] {
  return conditionRefNodes(node).flatMap((n) => {
    const name = stringOf(n);
    return name === undefined ? [] : [name];
  });
}

/** The argument nodes of the `Condition` references inside a condition expression. */
function conditionRefNodes(node: Node): Node[] {
  const found: Node[] = [];
  const stack: { node: Node; depth: number }[] = [{ node, depth: 0 }];
  while (stack.length > 0) {
    const { node: n, depth } = stack.pop() as { node: Node; depth: number };
    if (depth > 200) continue;
    const fn = intrinsicOf(n, true);
    if (fn?.name === 'Condition') {
      found.push(fn.argument);
      continue;
    }
    if (n.type === 'object') for (const p of n.properties) stack.push({ node: p.value, depth: depth + 1 });
    else if (n.type === 'array') for (const item of n.items) stack.push({ node: item, depth: depth + 1 });
  }
  return found;
}
