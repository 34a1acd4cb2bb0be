// Reads what the generated model's documentation says about single values: the `- value - …`
// bullets, a `` `value` (…) `` aside, a sentence about one value only, and the default. The text
// shown is the SDK's own, read at run time; nothing here restates it.
import { members, structureNames, type MemberModel, type TypeRef } from '../model/apiModel';

/** `-  \`instance\` - Register…` and the SDK's garbled `- deny\`\` - Return…`. */
const BULLET = /^\s*-\s+`*([^`\s]+)`*\s+[-–]\s+(.+)$/;
const DEFAULT_MARK = /\s*This is the default value\.?\s*$/;
const DEFAULT_SENTENCE = /(?:^|[.:]\s+)The default(?: value)? is ([^,]+?)(?:,|\.(?:\s|$))/g;

/** The doc's explanation of one value, or undefined when the doc has none. */
export function valueExplanation(docs: readonly string[], value: string): string | undefined {
  for (const doc of docs) {
    const bullet = bulletFor(doc, value);
    if (bullet) return bullet.replace(DEFAULT_MARK, '').trim() || undefined;
  }
  for (const doc of docs) {
    const aside = new RegExp(`\`${escape(value)}\` \\(([^)]+)\\)`).exec(doc);
    if (aside?.[1]) return capitalize(aside[1]) + '.';
  }
  for (const doc of docs) {
    const sentence = sentenceAbout(doc, value);
    if (sentence) return sentence;
  }
  return undefined;
}

/** The default a member's doc states unconditionally (one "The default is …" sentence, or a bullet). */
export function documentedDefault(doc: string): string | undefined {
  for (const line of doc.split('\n')) {
    const m = BULLET.exec(line);
    if (m?.[1] && DEFAULT_MARK.test(line)) return `\`${m[1]}\``;
  }
  const found = [...doc.matchAll(DEFAULT_SENTENCE)].map((m) => (m[1] ?? '').trim());
  return found.length === 1 ? found[0] : undefined;
}

/** The docs of every member typed with this enum, the member's own first. */
export function docsOfEnum(type: TypeRef, own: MemberModel): string[] {
  const docs = [own.doc];
  if (type.kind !== 'enum') return docs;
  for (const name of structureNames())
    for (const m of members(name))
      if (m !== own && m.type.kind === 'enum' && m.type.name === type.name) docs.push(m.doc);
  return docs;
}

function bulletFor(doc: string, value: string): string | undefined {
  for (const line of doc.split('\n')) {
    const m = BULLET.exec(line);
    if (m?.[1] === value && m[2]) return m[2];
  }
  return undefined;
}

/** A sentence that names this value in backticks and no other code span, with some words around it. */
function sentenceAbout(doc: string, value: string): string | undefined {
  const sentences = doc
    .replace(/\n+/g, ' ')
    .split(/(?<=\.)\s+/)
    .map((s) => s.trim());
  return sentences.find((s) => {
    const spans = [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    if (spans.length !== 1 || spans[0] !== value) return false;
    const words = s.replace(/`[^`]+`/g, '').match(/[A-Za-z]{2,}/g) ?? [];
    // The default is shown on its own line; a bare list item says nothing about the value.
    return words.length >= 3 && !s.startsWith('-') && !/\bdefault\b/i.test(s);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
