// Completion: member names at key positions and values at value positions, for YAML and JSON
// documents, half-typed ones included. Offsets in, offsets out; the LSP server converts them.
import type { ParsedDocument, Syntax } from '../syntax/tree';
import { jsonCursor } from './jsonCursor';
import { memberEntries } from './members';
import { resolveTarget } from './resolve';
import { templateEntries, yamlShortFormEntries } from './templateCompletion';
import { valueEntries } from './valueEntries';
import { yamlCursor } from './yamlCursor';
import type { CompletionEntry } from './completionEntry';

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
  const shortForm = syntax === 'yaml' ? yamlShortFormEntries(text, offset, named) : undefined;
  if (shortForm) return shortForm;
  const context = syntax === 'json' ? jsonCursor(text, offset) : yamlCursor(text, offset, base);
  if (!context) return [];
  const inTemplate = templateEntries(context, text, named);
  if (inTemplate) return inTemplate;
  const target = resolveTarget(context, named);
  if (!target) return [];
  return target.position === 'key' ? memberEntries(target, context) : valueEntries(target, context, text);
}
