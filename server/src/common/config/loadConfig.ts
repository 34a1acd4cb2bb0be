// Finds and reads the configuration files that apply to a directory: its own `.elbv2-ls.yaml`
// (or `.yml`, `.json`) and those of the directories above, up to one that says `root: true` or the
// file system's root. Each directory is read once; `clear()` forgets them (the server calls it
// when a configuration file changes).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../service/languageService';
import { parseConfig, type ConfigProblem } from './parseConfig';
import { CONFIG_FILE_NAMES, type LoadedConfig } from './types';

/** A configuration file that cannot be used, with what is wrong and where. */
export interface ConfigFailure {
  path: string;
  problems: ConfigProblem[];
}

export interface ConfigChain {
  /** Nearest first. */
  chain: LoadedConfig[];
  failures: ConfigFailure[];
}

const RULE_IDS = RULES.map((r) => r.id);

export class ConfigLoader {
  private readonly chains = new Map<string, ConfigChain>();

  /** The configuration files that apply to the files of a directory (an absolute path). */
  chainFor(directory: string): ConfigChain {
    const cached = this.chains.get(directory);
    if (cached) return cached;
    const own = readDirectoryConfig(directory);
    let result: ConfigChain;
    if (own && 'problems' in own) result = { chain: [], failures: [own] };
    else {
      const parent = path.dirname(directory);
      const above =
        own?.config.root === true || parent === directory
          ? { chain: [], failures: [] }
          : this.chainFor(parent);
      result = { chain: own ? [own, ...above.chain] : above.chain, failures: above.failures };
    }
    this.chains.set(directory, result);
    return result;
  }

  clear(): void {
    this.chains.clear();
  }
}

/** True for the file names the loader reads. */
export function isConfigFileName(file: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(file));
}

function readDirectoryConfig(directory: string): LoadedConfig | ConfigFailure | undefined {
  const present = CONFIG_FILE_NAMES.map((name) => path.join(directory, name)).filter(isFile);
  if (present.length === 0) return undefined;
  const file = present[0] as string;
  if (present.length > 1)
    return {
      path: file,
      problems: [
        {
          line: 1,
          column: 1,
          message: `more than one configuration file in this directory (${present.map((p) => path.basename(p)).join(', ')}); keep one`,
        },
      ],
    };
  return readConfigFile(file);
}

export function readConfigFile(file: string): LoadedConfig | ConfigFailure {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return {
      path: file,
      problems: [{ line: 1, column: 1, message: `cannot be read: ${(error as Error).message}` }],
    };
  }
  const parsed = parseConfig(text, RULE_IDS);
  if ('problems' in parsed) return { path: file, problems: parsed.problems };
  return { path: file, directory: path.dirname(file), config: parsed.config };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
