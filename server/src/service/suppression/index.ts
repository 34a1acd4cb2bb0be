// Inline suppression: reads the suppressions of a document (YAML comments; the template model adds
// Metadata ignore lists) and applies them to the findings of validation.
import type { Finding } from '../findings';
import type { ParsedDocument } from '../syntax/tree';
import { commentDirectives } from './commentDirectives';
import { ignoreListSuppressions, type IgnoreList } from './ignoreLists';
import { applySuppressions, type SuppressOptions } from './suppress';

export { disableFixes } from './disableFixes';
export type { IgnoreList } from './ignoreLists';

export function suppressFindings(
  document: ParsedDocument,
  findings: readonly Finding[],
  options: SuppressOptions & { ignoreLists?: readonly IgnoreList[] },
): Finding[] {
  const { suppressions, problems } = commentDirectives(document);
  if (options.ignoreLists) suppressions.push(...ignoreListSuppressions(options.ignoreLists));
  return applySuppressions(findings, suppressions, problems, options);
}
