// Go to definition and find references in a CloudFormation template: from a logical ID, condition
// or mapping name, where it is declared and every place that names it (template/names.ts).
import type { Analysis } from '../analysis';
import { TEMPLATE_KIND } from '../documentKind';
import { nameOccurrences, type NameOccurrence } from '../template/names';
import { isTemplate, readTemplate } from '../template/template';

/** UTF-16 offsets of a name in the document. */
export interface NameRange {
  start: number;
  end: number;
}

/** The names of a template; one walk of the tree, cheap enough to repeat per request. */
function occurrencesOf(analysis: Analysis): readonly NameOccurrence[] {
  const { document } = analysis;
  if (analysis.kind !== TEMPLATE_KIND || !isTemplate(document.root)) return [];
  return nameOccurrences(readTemplate(document.root), document.text);
}

/** The occurrence at the offset (a cursor just after a name is still on it); the narrowest wins. */
function occurrenceAt(list: readonly NameOccurrence[], offset: number): NameOccurrence | undefined {
  let best: NameOccurrence | undefined;
  for (const o of list)
    if (o.start <= offset && offset <= o.end && (!best || o.end - o.start < best.end - best.start)) best = o;
  return best;
}

function sameName(list: readonly NameOccurrence[], at: NameOccurrence): NameOccurrence[] {
  return list.filter((o) => o.space === at.space && o.name === at.name).sort((a, b) => a.start - b.start);
}

/** Where the name at the offset is declared: a key under Parameters, Resources, Conditions or Mappings. */
export function definition(analysis: Analysis, offset: number): NameRange[] {
  const list = occurrencesOf(analysis);
  const at = occurrenceAt(list, offset);
  if (!at) return [];
  return sameName(list, at)
    .filter((o) => o.declaration)
    .map(({ start, end }) => ({ start, end }));
}

/** Every use of the name at the offset, with its declaration when `includeDeclaration` says so. */
export function references(analysis: Analysis, offset: number, includeDeclaration: boolean): NameRange[] {
  const list = occurrencesOf(analysis);
  const at = occurrenceAt(list, offset);
  if (!at) return [];
  return sameName(list, at)
    .filter((o) => includeDeclaration || !o.declaration)
    .map(({ start, end }) => ({ start, end }));
}
