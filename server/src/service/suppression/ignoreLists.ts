// The CloudFormation form of a suppression: a resource's
//
//   Metadata:
//     elbv2-ls:
//       ignore: [rule-id, …]
//
// JSON has no comments, so a template says what to ignore in data. The template model (issue 12)
// reads these lists and hands them over as IgnoreList values; they then go through the same pass
// as comments (suppress.ts): unknown ids and unused entries are reported the same way. Data has no
// `-- reason`, so none is asked for.
import type { Range } from '../findings';
import type { RuleRef, Suppression } from './types';

export interface IgnoreList {
  /** The resource: the findings that start in it are silenced. */
  resource: Range;
  /** Where the list is written (the `ignore` key or the list): an unused list is reported there. */
  at: Range;
  /** The ids of the list, each with its range. */
  ids: RuleRef[];
}

export function ignoreListSuppressions(lists: readonly IgnoreList[]): Suppression[] {
  return lists.map((list) => ({
    start: list.at.start,
    end: list.at.end,
    scopeStart: list.resource.start,
    scopeEnd: list.resource.end,
    covers: 'in this resource',
    rules: list.ids,
    allRules: false,
    reason: undefined,
    reasonExpected: false,
  }));
}
