// What the server needs to know of a document besides its text: the language service options
// that apply to it, whether it is named as ELBv2, whether it is ignored. The Node server reads the
// repository's configuration files for this (configFile.ts); the web worker has no files and uses
// the editor's settings alone (`editorOptions`).
import type { LanguageServiceOptions } from '../service/languageService';
import { isNamedElbv2 } from './documentSelection';
import type { Settings } from './settings';

export interface DocumentOptions {
  /** The language service's options for the document; equal options give equal keys. */
  options: LanguageServiceOptions;
  key: string;
  /** Named as ELBv2 by its file name, an `elbv2.files` glob or a configuration file's `files`. */
  named: boolean;
  /** Left out by a configuration file's `ignore`: no diagnostics. */
  ignored: boolean;
}

export interface DocumentOptionsSource {
  documentOptions(uri: string, editor: Settings): DocumentOptions;
  /** The glob of files whose change invalidates what was read, for workspace/didChangeWatchedFiles. */
  watchGlob?: string;
  /** Said when a watched file changed: forget what was read. */
  changed?(): void;
}

/** The editor's settings alone. */
export const editorOptions: DocumentOptionsSource = {
  documentOptions(uri, editor) {
    const options: LanguageServiceOptions = { severities: editor.rules };
    return { options, key: JSON.stringify(options), named: isNamedElbv2(uri, editor.files), ignored: false };
  },
};
