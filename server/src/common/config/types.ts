// What a configuration file holds (schemas/elbv2-ls-config.schema.json) and what it settles for
// one file. A leaf module: the loader, the resolver, the CLI and the server import it.
import type { RuleSeverities, TemplateParameterValue } from '../../service/languageService';

export type Parameters = Readonly<Record<string, TemplateParameterValue>>;

export interface ConfigOverride {
  files: string[];
  rules?: RuleSeverities;
  parameters?: Parameters;
}

export interface ConfigFile {
  root?: boolean;
  rules?: RuleSeverities;
  files?: string[];
  ignore?: string[];
  parameters?: Parameters;
  overrides?: ConfigOverride[];
}

/** A configuration file that was read: its globs are relative to `directory`. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  directory: string;
  config: ConfigFile;
}

/** What the configuration files say about one file. */
export interface FileSettings {
  severities: RuleSeverities;
  parameters: Parameters;
  /** A `files` glob names it: it is an ELBv2 document whatever it holds. */
  named: boolean;
  /** An `ignore` glob leaves it out. */
  ignored: boolean;
}

export const CONFIG_FILE_NAMES = ['.elbv2-ls.yaml', '.elbv2-ls.yml', '.elbv2-ls.json'] as const;
