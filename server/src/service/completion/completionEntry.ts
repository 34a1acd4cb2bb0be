// One completion item, in offsets. A leaf module: the entry builders and the facade import it,
// and it imports nothing of theirs.

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
