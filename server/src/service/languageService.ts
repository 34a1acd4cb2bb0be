// The language service facade: the one entry point the LSP server and the CLI call.
// It imports no transport; adapters convert its offsets to positions at the edge.
import type { Binding } from './bind';
import { complete, type CompletionEntry } from './completion';
import type { KindInfo } from './documentKind';
import type { Finding } from './findings';
import { hover, type HoverInfo } from './hover';
import { documentSymbols, type SymbolEntry } from './symbols';
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

const ELBV2_NAME = /\.elbv2\.(ya?ml|json)$/i;

/** True when the file name marks the file as an ELBv2 document. */
export function isElbv2FileName(uriOrPath: string): boolean {
  return ELBV2_NAME.test(uriOrPath);
}

export interface LanguageService {
  /** Parses and checks a document. */
  check(input: DocumentInput): Analysis;
  /** Member names or values that fit at the offset; works on half-typed documents. */
  complete(input: DocumentInput, offset: number): CompletionEntry[];
  /** The documentation of the member or value at the offset. */
  hover(analysis: Analysis, offset: number): HoverInfo | undefined;
  /** An outline of the listeners, actions and target groups. */
  symbols(analysis: Analysis): SymbolEntry[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  return {
    check(input) {
      const document = parse(input.text, input.syntax);
      const { kind, binding, findings } = validateDocument(document, input.named, options.severities);
      return { document, kind, binding, findings };
    },
    complete: (input, offset) => complete(input.text, input.syntax, offset, input.named),
    hover,
    symbols: documentSymbols,
  };
}

/** The syntax of a path, with YAML as the fallback for names that say neither. */
export function syntaxOfPath(path: string): Syntax {
  return syntaxOf(path) ?? 'yaml';
}
