// Value completions: each candidate written as the document writes values, replacing the token
// at the cursor (or just the `#{…` being typed inside a string).
import { typeLabel } from '../model/apiModel';
import type { CompletionEntry } from './completionEntry';
import type { CursorContext } from './cursorContext';
import type { ValueTarget } from './resolve';
import { jsonValueSnippet, yamlScalar } from './snippets';
import { valueCandidates, type ValueCandidate, type ValueSite } from './values';

export function valueEntries(target: ValueTarget, context: CursorContext, text: string): CompletionEntry[] {
  const site: ValueSite = {
    structure: target.structure,
    member: target.member,
    item: target.item,
    owners: target.owners,
    ...(target.resource ? { resource: target.resource } : {}),
  };
  const { type } = target;
  if (type.kind === 'structure' || type.kind === 'list' || type.kind === 'map') {
    if (context.syntax !== 'json' || context.typed !== '') return [];
    return [
      {
        label: type.kind === 'list' ? '[]' : '{}',
        kind: 'snippet',
        insertText: `${context.separatorBefore}${jsonValueSnippet(site, type)}${context.separatorAfter}`,
        isSnippet: true,
        replaceStart: context.replaceStart,
        replaceEnd: context.replaceEnd,
        detail: typeLabel(type),
      },
    ];
  }
  return candidateEntries(valueCandidates(site), context, text);
}

/** Entries of value candidates, written as the document at the cursor writes values. */
export function candidateEntries(
  candidates: readonly ValueCandidate[],
  context: CursorContext,
  text: string,
): CompletionEntry[] {
  const keyword = context.keyword;
  if (keyword) {
    return candidates
      .filter((c) => c.kind === 'keyword' && c.value.startsWith('#{'))
      .map((c, i) => {
        // A plain YAML scalar cannot start with `#`: quote the whole value then.
        const wholeToken =
          context.syntax === 'yaml' && !context.quote && keyword.start === context.replaceStart;
        const start = wholeToken ? context.replaceStart : keyword.start;
        const end = wholeToken ? context.replaceEnd : keyword.end;
        const insert = wholeToken ? JSON.stringify(c.value + text.slice(keyword.end, end)) : c.value;
        return withFilter(candidateEntry(c, i, insert, start, end), c.value);
      });
  }
  return candidates.map((c, i) => {
    const entry = candidateEntry(c, i, written(c, context), context.replaceStart, context.replaceEnd);
    return withFilter(entry, `${c.literal ? '' : (context.quote ?? '')}${c.value}`);
  });
}

/** The candidate as the document writes it at the cursor. */
function written(c: ValueCandidate, context: CursorContext): string {
  if (context.syntax === 'json')
    return `${context.separatorBefore}${c.literal ? c.value : JSON.stringify(c.value)}${context.separatorAfter}`;
  const space = context.spaceBefore ? ' ' : '';
  if (c.literal) return `${space}${c.value}`;
  if (context.quote === '"') return `${space}${JSON.stringify(c.value)}`;
  if (context.quote === "'") return `${space}'${c.value.replace(/'/g, "''")}'`;
  return `${space}${yamlScalar(c.value)}`;
}

function candidateEntry(
  c: ValueCandidate,
  index: number,
  insertText: string,
  replaceStart: number,
  replaceEnd: number,
): CompletionEntry {
  const entry: CompletionEntry = {
    label: c.value,
    kind: c.kind,
    insertText,
    isSnippet: false,
    replaceStart,
    replaceEnd,
    detail: c.detail,
    sortText: String(index).padStart(3, '0'),
  };
  if (c.documentation) entry.documentation = c.documentation;
  return entry;
}

/** Clients filter on the text from the range start to the cursor: say what that text would be. */
function withFilter(entry: CompletionEntry, filterText: string): CompletionEntry {
  if (filterText !== entry.insertText) entry.filterText = filterText;
  return entry;
}
