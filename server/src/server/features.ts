// Conversions of completion, hover and symbol results from service offsets to protocol types.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionEntry, HoverInfo, SymbolEntry } from '../service/languageService';
import { toRange } from './convert';

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  value: CompletionItemKind.Value,
  property: CompletionItemKind.Property,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletionList(
  document: TextDocument,
  entries: readonly CompletionEntry[],
): CompletionList {
  const items = entries.map((e): CompletionItem => {
    const item: CompletionItem = {
      label: e.label,
      kind: COMPLETION_KIND[e.kind],
      textEdit: { range: toRange(document, e.replaceStart, e.replaceEnd), newText: e.insertText },
      insertTextFormat: e.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
    if (e.detail !== undefined) item.detail = e.detail;
    if (e.documentation !== undefined)
      item.documentation = { kind: MarkupKind.Markdown, value: e.documentation };
    if (e.sortText !== undefined) item.sortText = e.sortText;
    if (e.filterText !== undefined) item.filterText = e.filterText;
    return item;
  });
  return { isIncomplete: false, items };
}

export function toHover(document: TextDocument, info: HoverInfo | undefined): Hover | null {
  if (!info) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: info.markdown },
    range: toRange(document, info.start, info.end),
  };
}

const SYMBOL_KIND: Record<SymbolEntry['kind'], SymbolKind> = {
  listener: SymbolKind.Interface,
  action: SymbolKind.Event,
  targetGroup: SymbolKind.Class,
  object: SymbolKind.Object,
  property: SymbolKind.Property,
  array: SymbolKind.Array,
};

export function toDocumentSymbols(document: TextDocument, entries: readonly SymbolEntry[]): DocumentSymbol[] {
  return entries.map((e) => {
    const symbol: DocumentSymbol = {
      name: e.name,
      kind: SYMBOL_KIND[e.kind],
      range: toRange(document, e.start, e.end),
      selectionRange: toRange(document, e.selectionStart, e.selectionEnd),
      children: toDocumentSymbols(document, e.children),
    };
    if (e.detail !== undefined) symbol.detail = e.detail;
    return symbol;
  });
}
