// The types the features and the adapters share: a document to check, and what checking it
// gives. A leaf module (as vscode-json-languageservice's jsonLanguageTypes.ts): it imports only
// types of the layers below, so hover, symbols and the facade import it without a cycle.
import type { Binding } from './bind';
import type { KindInfo } from './documentKind';
import type { Finding } from './findings';
import type { ParsedDocument, Syntax } from './syntax/tree';

export interface DocumentInput {
  text: string;
  syntax: Syntax;
  /** The user named the file as ELBv2 (by file name or a configured glob). */
  named: boolean;
  /** What logs call the document (a path or URI); never read otherwise. */
  name?: string;
}

/** A checked document: what completion, hover and symbols read, and the findings. */
export interface Analysis {
  document: ParsedDocument;
  kind: KindInfo | undefined;
  binding: Binding;
  /** The findings, after inline suppressions. */
  findings: Finding[];
  /**
   * The rules' findings as they ran: before suppressions, and before those in broken regions and
   * on placeholders were dropped. What an incremental re-check starts from.
   */
  ruleFindings: Finding[];
}

/** A rule that threw while checking a document: its findings are missing, the others are kept. */
export interface RuleFailureReport {
  ruleId: string;
  /** The document's `name`, or `<unnamed document>`. */
  document: string;
  error: unknown;
}
