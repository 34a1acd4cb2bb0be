import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';
import type { ParsedDocument, Syntax } from './tree';

export function parse(text: string, syntax: Syntax): ParsedDocument {
  return syntax === 'json' ? parseJson(text) : parseYaml(text);
}

/** The syntax of a document from its language id or, failing that, its file name. */
export function syntaxOf(uriOrPath: string, languageId?: string): Syntax | undefined {
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (languageId === 'yaml') return 'yaml';
  const lower = uriOrPath.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}
