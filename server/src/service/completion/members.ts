// Member names at a key position: the members of the structure at the cursor that the object
// does not have yet, each inserted with a skeleton of its value.
import { members, typeLabel, type MemberModel } from '../model/apiModel';
import { ACTION_CONFIG_MEMBERS } from '../model/facts';
import { stringValue } from '../syntax/tree';
import type { CompletionEntry } from './completionEntry';
import type { CursorContext } from './cursorContext';
import type { KeyTarget } from './resolve';
import { memberSnippet } from './snippets';
import type { ValueSite } from './values';

export function memberEntries(target: KeyTarget, context: CursorContext): CompletionEntry[] {
  if (target.structure === undefined) return rootMembersOfKinds(target, context);
  const structure = target.structure;
  const object = target.nodes[target.nodes.length - 1];
  const excluded = new Set(target.present);
  if (structure === 'Action' && object?.type === 'object') {
    const type = stringValue(object, 'Type');
    const own = type !== undefined ? ACTION_CONFIG_MEMBERS[type] : undefined;
    if (own)
      for (const names of Object.values(ACTION_CONFIG_MEMBERS))
        for (const name of names) if (!own.includes(name)) excluded.add(name);
  }
  return members(structure)
    .filter((m) => !excluded.has(m.name))
    .map((m, i) =>
      entry(
        context,
        { structure, member: m, item: false, owners: target.nodes },
        typeDetail(m),
        sortKey(m, i),
      ),
    );
}

/** An empty document, or a first key being typed: every kind's top-level members, once each. */
function rootMembersOfKinds(target: KeyTarget, context: CursorContext): CompletionEntry[] {
  const byName = new Map<string, { structure: string; member: MemberModel; labels: string[] }>();
  for (const kind of target.kinds)
    for (const m of members(kind.root)) {
      if (target.present.has(m.name)) continue;
      const known = byName.get(m.name);
      if (known) known.labels.push(kind.label);
      else byName.set(m.name, { structure: kind.root, member: m, labels: [kind.label] });
    }
  return [...byName.values()].map((e, i) =>
    entry(
      context,
      { structure: e.structure, member: e.member, item: false, owners: [] },
      e.labels.join(', '),
      String(i).padStart(3, '0'),
    ),
  );
}

/** "ProtocolEnum", "string, required", "list of Action". */
function typeDetail(m: MemberModel): string {
  const type = m.type.kind === 'enum' ? m.type.name : typeLabel(m.type);
  return m.required ? `${type}, required` : type;
}

function sortKey(m: MemberModel, index: number): string {
  return `${m.required ? 0 : 1}${String(index).padStart(3, '0')}`;
}

function entry(context: CursorContext, site: ValueSite, detail: string, sortText: string): CompletionEntry {
  const name = site.member.name;
  const { text, snippet } = insertion(context, site);
  const result: CompletionEntry = {
    label: name,
    kind: 'property',
    insertText: text,
    isSnippet: snippet,
    replaceStart: context.replaceStart,
    replaceEnd: context.replaceEnd,
    detail,
    sortText,
  };
  if (site.member.doc) result.documentation = site.member.doc;
  if (context.quote) result.filterText = `${context.quote}${name}${context.quote}`;
  return result;
}

/** The text that inserts a member at a key position, with a skeleton of its value. */
export function insertion(context: CursorContext, site: ValueSite): { text: string; snippet: boolean } {
  const name = site.member.name;
  if (context.syntax === 'yaml') {
    if (context.colonFollows) return { text: name, snippet: false };
    if (context.hasChildren) return { text: `${name}:`, snippet: false };
    return { text: memberSnippet(site, context, context.column), snippet: true };
  }
  if (context.colonFollows) return { text: JSON.stringify(name), snippet: false };
  const text = `${context.separatorBefore}${memberSnippet(site, context, 0)}${context.separatorAfter}`;
  return { text: context.wrapInObject ? `{${text}}` : text, snippet: true };
}
