// The Markdown of a member's hover: its name and type, what the value means, the model's
// documentation, the facts lines, and the structure it belongs to. API documents and template
// properties show the same.
import type { Analysis } from '../analysis';
import { factLines } from './memberFacts';
import { code, typeText } from './markdown';
import type { Subject } from './subject';

export function render(
  subject: Subject,
  about: string | undefined,
  binding: Analysis['binding'],
  input: boolean,
): string {
  const name = subject.item
    ? `${code(subject.member.name)} ${subject.member.type.kind === 'map' ? 'entry' : 'item'}`
    : code(subject.member.name);
  const blocks = [`### ${name} · ${typeText(subject.type)}`];
  if (about) blocks.push(about);
  const doc = subject.member.doc.trim();
  if (doc) blocks.push(doc);
  const facts = factLines(subject, binding, input);
  if (facts.length > 0) blocks.push(`---\n\n${facts.join('\n')}`);
  blocks.push(`*Member of ${code(subject.structure)}.*`);
  return blocks.join('\n\n');
}
