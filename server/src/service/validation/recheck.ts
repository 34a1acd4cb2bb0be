// The incremental re-check: after an edit inside resources of a describe output (its Listeners or
// TargetGroups list), rules of `resource` scope run on the edited resources and on the document's
// top level only, and keep what they found in the other resources (moved with the text); rules of
// `document` scope run on the whole document. The result equals a full check of the new text
// (test/incremental.test.ts and the fuzzer compare both).
import type { Binding } from '../bind';
import type { KindInfo } from '../documentKind';
import type { Finding } from '../findings';
import type { TreeEdit } from '../syntax/incrementalYaml';
import { propertyValue, type ParsedDocument } from '../syntax/tree';
import { atCap } from './findingText';
import { runRules, type EnabledRule, type RuleFailure } from './runRules';

/** The previous analysis of a document that was parsed incrementally, and what changed. */
export interface Reuse {
  document: ParsedDocument;
  kind: KindInfo | undefined;
  binding: Binding;
  findings: readonly Finding[];
  edit: TreeEdit;
}

/**
 * The findings after the edit, or undefined when the edit is not inside the resources, a rule
 * reports outside the part it was given, or a rule fails: then the caller checks everything again.
 */
export function recheckResources(
  document: ParsedDocument,
  kind: KindInfo,
  binding: Binding,
  rules: readonly EnabledRule[],
  reuse: Reuse,
): { findings: Finding[]; failures: RuleFailure[] } | undefined {
  const { edit } = reuse;
  // Which findings a cut-short list keeps depends on the whole document: check it all again.
  if (atCap(reuse.findings)) return undefined;
  const root = document.root;
  if (kind.input || root?.type !== 'object' || propertyValue(root, kind.key) !== edit.list) return undefined;
  // Quick fixes write the document's line break: a change of it changes fixes everywhere.
  if (document.text.includes('\r\n') !== reuse.document.text.includes('\r\n')) return undefined;
  const items = edit.list.items;
  const first = items[0];
  const last = items[items.length - 1];
  // Either list may be empty: a deleted block inserts nothing, a pasted one may remove nothing.
  const firstNew = edit.inserted[0];
  const lastNew = edit.inserted[edit.inserted.length - 1];
  const firstOld = edit.removed[0];
  const lastOld = edit.removed[edit.removed.length - 1];
  if (!first || !last) return undefined;
  // A top-level key right where the last resource ends (after a block scalar, whose range runs to
  // the next line) would sit on the boundary between the resources and the top level.
  const after = root.properties.find((p) => p.start > edit.list.start && p.value !== edit.list);
  if (after && (after.start <= last.end || after.start - edit.delta <= edit.oldItemsEnd)) return undefined;

  const local = rules.filter((r) => r.rule.scope === 'resource');
  const others = rules.filter((r) => r.rule.scope !== 'resource');
  const edited =
    firstNew && lastNew
      ? runRules(local, document, kind, binding.view(firstNew.start, lastNew.end, true))
      : { findings: [], failures: [] };
  if (edited.failures.length > 0) return undefined;
  if (firstNew && lastNew && !edited.findings.every((f) => f.start >= firstNew.start && f.end <= lastNew.end))
    return undefined;
  const topLevel = runRules(local, document, kind, binding.view(first.start, last.end, false));
  if (topLevel.failures.length > 0) return undefined;
  if (!topLevel.findings.every((f) => f.end < first.start || f.start > last.end)) return undefined;

  const localIds = new Set(local.map((r) => r.rule.id));
  const findings: Finding[] = [];
  for (const f of reuse.findings) {
    if (!localIds.has(f.ruleId)) continue; // checked again below
    // Kept: what was found in a resource other than the edited ones.
    const inResources = f.start >= edit.oldItemsStart && f.end <= edit.oldItemsEnd;
    const inEdited = firstOld && lastOld && f.end >= firstOld.start && f.start <= lastOld.end;
    if (inResources && !inEdited) findings.push(moved(f, edit));
  }
  for (const f of [edited.findings, topLevel.findings].flat()) findings.push(f); // push(...list) overflows past ~100k
  if (atCap(findings)) return undefined;
  const rest = runRules(others, document, kind, binding, findings);
  return rest.failures.length > 0 ? undefined : rest;
}

/** A finding of an unchanged resource, its offsets (and its fixes') moved with the text. */
function moved(finding: Finding, edit: TreeEdit): Finding {
  const at = (offset: number): number => (offset >= edit.oldEnd ? offset + edit.delta : offset);
  const fixes = finding.fixes;
  const reaches = fixes?.some((fix) => fix.edits.some((e) => e.end >= edit.oldEnd));
  if (finding.end < edit.oldEnd && !reaches) return finding;
  const result: Finding = { ...finding, start: at(finding.start), end: at(finding.end) };
  if (fixes)
    result.fixes = fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ ...e, start: at(e.start), end: at(e.end) })),
    }));
  return result;
}
