// The language service facade: the one entry point the LSP server and the CLI call.
// It imports no transport; adapters convert its offsets to positions at the edge.
import type { Binding } from './bind';
import { complete, type CompletionEntry } from './completion';
import type { KindInfo } from './documentKind';
import type { Finding } from './findings';
import { hover, type HoverInfo } from './hover';
import { documentSymbols, type SymbolEntry } from './symbols';
import { reparseYaml, type IncrementalParse } from './syntax/incrementalYaml';
import { parse, syntaxOf } from './syntax/parse';
import type { ParsedDocument, Syntax } from './syntax/tree';
import { validateDocument, type RuleSeverities } from './validate';

export type { Finding, Fix, Severity, TextEdit } from './findings';
export type { KindInfo } from './documentKind';
export type { ParsedDocument, Syntax } from './syntax/tree';
export type { RuleSeverities } from './validate';
export type { CompletionEntry } from './completion';
export type { HoverInfo } from './hover';
export type { SymbolEntry } from './symbols';
export { RULES } from './rules/registry';
export { syntaxOf } from './syntax/parse';
export { mayBeElbv2, sniffDocument, type Sniff } from './sniff';
export { isElbv2FileName } from './fileName';

export interface DocumentInput {
  text: string;
  syntax: Syntax;
  /** The user named the file as ELBv2 (by file name or a configured glob). */
  named: boolean;
}

/** A checked document: what completion, hover and symbols read, and the findings. */
export interface Analysis {
  document: ParsedDocument;
  kind: KindInfo | undefined;
  binding: Binding;
  findings: Finding[];
}

/** What `check` returns. */
export type CheckResult = Analysis;

export interface LanguageServiceOptions {
  severities?: RuleSeverities;
}

export interface LanguageService {
  /**
   * Parses and checks a document. `previous`, the analysis of an earlier version of the same
   * document, lets a small edit be parsed and bound incrementally; it is spent by the call (its
   * tree may now be the new one's) and must not be used afterwards.
   */
  check(input: DocumentInput, previous?: Analysis): Analysis;
  /**
   * Member names or values that fit at the offset; works on half-typed documents. `analysis`, the
   * current analysis of the same text, spares parsing the document again.
   */
  complete(input: DocumentInput, offset: number, analysis?: Analysis): CompletionEntry[];
  /** The documentation of the member or value at the offset. */
  hover(analysis: Analysis, offset: number): HoverInfo | undefined;
  /** An outline of the listeners, actions and target groups. */
  symbols(analysis: Analysis): SymbolEntry[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  return {
    check(input, previous) {
      const incremental = previous && input.syntax === 'yaml' ? reparse(previous, input.text) : undefined;
      const document = incremental?.document ?? parse(input.text, input.syntax);
      const reuse = incremental && previous && { ...previous, edit: incremental.edit };
      const { kind, binding, findings } = validateDocument(document, input.named, options.severities, reuse);
      return { document, kind, binding, findings };
    },
    complete: (input, offset, analysis) =>
      complete(input.text, input.syntax, offset, input.named, analysis?.document),
    hover,
    symbols: documentSymbols,
  };
}

/** An incremental parse of the new text from the previous analysis, when the edit allows one. */
function reparse(previous: Analysis, text: string): IncrementalParse | undefined {
  try {
    return reparseYaml(previous.document, text);
  } catch {
    return undefined; // a full parse follows; it does not read the previous tree
  }
}

/** The syntax of a path, with YAML as the fallback for names that say neither. */
export function syntaxOfPath(path: string): Syntax {
  return syntaxOf(path) ?? 'yaml';
}
