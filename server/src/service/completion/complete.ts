// Completion: member names at key positions and values at value positions, for YAML and JSON
// documents, half-typed ones included. Offsets in, offsets out; the LSP server converts them.
import type { ParsedDocument, Syntax } from '../syntax/tree';
import { jsonCursor } from './jsonCursor';
import { memberEntries } from './members';
import { resolveTarget } from './resolve';
import { valueEntries } from './valueEntries';
import { yamlCursor } from './yamlCursor';

export interface CompletionEntry {
  label: string;
  kind: 'value' | 'property' | 'keyword' | 'snippet';
  /** Text that replaces [replaceStart, replaceEnd); may be an LSP snippet when isSnippet. */
  insertText: string;
  isSnippet: boolean;
  /** UTF-16 offsets into the document text. */
  replaceStart: number;
  replaceEnd: number;
  /** The member's type ("ProtocolEnum", "string, required"), or what a value means. */
  detail?: string;
  /** Markdown from the API model. */
  documentation?: string;
  sortText?: string;
  /** What the text from replaceStart to the cursor must match, when it differs from insertText. */
  filterText?: string;
}

/**
 * The completions at `offset` (UTF-16) of a document; `named`: the file is named as ELBv2.
 * `parsed`, the document's parse when the caller has one, spares parsing it again.
 */
export function complete(
  text: string,
  syntax: Syntax,
  offset: number,
  named: boolean,
  parsed?: ParsedDocument,
): CompletionEntry[] {
  if (offset < 0 || offset > text.length) return [];
  const base = parsed?.text === text && parsed.syntax === syntax ? parsed : undefined;
  const context = syntax === 'json' ? jsonCursor(text, offset) : yamlCursor(text, offset, base);
  if (!context) return [];
  const target = resolveTarget(context, named);
  if (!target) return [];
  return target.position === 'key' ? memberEntries(target, context) : valueEntries(target, context, text);
}
