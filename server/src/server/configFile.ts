// The configuration files (`.elbv2-ls.yaml`, found by walking up from each document, as the CLI
// does) in the language server: what they say about a document, combined with the editor's
// `elbv2.*` settings at one point (`documentOptions`), and their problems as diagnostics on the
// configuration file itself. The server forgets what it read when a configuration file changes.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigLoader, type ConfigFailure } from '../common/config/loadConfig';
import { settingsFor } from '../common/config/resolve';
import { CONFIG_FILE_NAMES, type FileSettings } from '../common/config/types';
import type { LanguageServiceOptions } from '../service/languageService';
import type { DocumentOptions, DocumentOptionsSource } from './documentOptions';
import { isNamedElbv2, pathOfUri } from './documentSelection';
import type { ServerRuntime } from './server';
import type { Settings } from './settings';

/** The glob a client watches for the server (workspace/didChangeWatchedFiles). */
export const CONFIG_FILE_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

export class ConfigFiles implements DocumentOptionsSource {
  readonly watchGlob = CONFIG_FILE_GLOB;

  private readonly loader = new ConfigLoader();
  /** Configuration files with problems, by URI, as last published. */
  private published = new Map<string, Diagnostic[]>();

  constructor(private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void) {}

  /** The settings of the document at `uri`, or undefined when it is not a file on disk. */
  private settingsOf(uri: string): FileSettings | undefined {
    if (!uri.startsWith('file://')) return undefined;
    const file = pathOfUri(uri);
    const { chain, failures } = this.loader.chainFor(path.dirname(file));
    this.report(failures);
    return settingsFor(file, chain);
  }

  /** The editor's settings and the configuration files' combined: the editor's rule severities win. */
  documentOptions(uri: string, editor: Settings): DocumentOptions {
    const file = this.settingsOf(uri);
    const options: LanguageServiceOptions = {
      severities: { ...file?.severities, ...editor.rules },
      templateParameters: file?.parameters ?? {},
    };
    return {
      options,
      key: JSON.stringify(options),
      named: isNamedElbv2(uri, editor.files) || file?.named === true,
      ignored: file?.ignored === true,
    };
  }

  /** Forgets every configuration file read; the next document re-reads them. */
  changed(): void {
    this.loader.clear();
    const before = this.published;
    this.published = new Map();
    for (const uri of before.keys()) this.publish(uri, []);
  }

  private report(failures: readonly ConfigFailure[]): void {
    for (const failure of failures) {
      const uri = pathToFileURL(failure.path).href;
      if (this.published.has(uri)) continue;
      const diagnostics = failure.problems.map((p): Diagnostic => ({
        range: {
          start: { line: p.line - 1, character: p.column - 1 },
          end: { line: p.line - 1, character: p.column - 1 },
        },
        severity: DiagnosticSeverity.Error,
        source: 'elbv2-ls',
        code: 'configuration',
        message: `${p.message} (this configuration file is not used until it is fixed)`,
      }));
      this.published.set(uri, diagnostics);
      this.publish(uri, diagnostics);
    }
  }
}

/**
 * The Node host's runtime: documents take their options from the configuration files. dist/server.js
 * and the in-process test server both start with it, so that the tests run the server as shipped.
 */
export const nodeRuntime: ServerRuntime = { documentOptions: (publish) => new ConfigFiles(publish) };
