// What the configuration files that apply to a file settle for it. `chain` lists them nearest
// first; settings are laid on from the farthest to the nearest (each file's own settings, then its
// matching overrides in order), so the nearest file and the later override win.
import * as path from 'node:path';
import { globToRegExp, normalizePattern } from '../glob';
import type { FileSettings, LoadedConfig, Parameters } from './types';
import type { RuleSeverities } from '../../service/languageService';

export function settingsFor(file: string, chain: readonly LoadedConfig[]): FileSettings {
  const severities: Record<string, RuleSeverities[string]> = {};
  const parameters: Record<string, Parameters[string]> = {};
  let named = false;
  let ignored = false;
  for (const loaded of [...chain].reverse()) {
    const relative = relativeTo(loaded.directory, file);
    if (relative === undefined) continue;
    const { config } = loaded;
    const matches = (globs: readonly string[] | undefined): boolean =>
      (globs ?? []).some((glob) => globMatches(relative, glob));
    Object.assign(severities, config.rules);
    Object.assign(parameters, config.parameters);
    named ||= matches(config.files);
    ignored ||= (config.ignore ?? []).some((glob) => ignores(relative, glob, false));
    for (const override of config.overrides ?? []) {
      if (!matches(override.files)) continue;
      Object.assign(severities, override.rules);
      Object.assign(parameters, override.parameters);
    }
  }
  return { severities, parameters, named, ignored };
}

/** True when an `ignore` glob leaves out the directory and so everything under it. */
export function isIgnoredDirectory(directory: string, chain: readonly LoadedConfig[]): boolean {
  return chain.some((loaded) => {
    const relative = relativeTo(loaded.directory, directory);
    if (relative === undefined || relative === '') return false;
    return (loaded.config.ignore ?? []).some((glob) => ignores(relative, glob, true));
  });
}

/**
 * An ignore glob leaves out a path when it matches it or one of the directories it lies in; a
 * directory is also matched with a trailing `/` (so `build/` and `build/**` name the directory).
 */
function ignores(relative: string, glob: string, isDirectory: boolean): boolean {
  if (globMatches(relative, glob) || (isDirectory && globMatches(`${relative}/`, glob))) return true;
  for (let slash = relative.indexOf('/'); slash !== -1; slash = relative.indexOf('/', slash + 1)) {
    const directory = relative.slice(0, slash);
    if (globMatches(directory, glob) || globMatches(`${directory}/`, glob)) return true;
  }
  return false;
}

const COMPILED = new Map<string, RegExp>();

/** Like .gitignore: a glob matches at any depth below the configuration file, unless it starts with `/`. */
function globMatches(relative: string, glob: string): boolean {
  let regExp = COMPILED.get(glob);
  if (!regExp) {
    const pattern = normalizePattern(glob);
    const body = pattern.startsWith('/')
      ? pattern.slice(1)
      : pattern.startsWith('**/')
        ? pattern
        : `**/${pattern}`;
    regExp = globToRegExp(body);
    if (COMPILED.size < 10_000) COMPILED.set(glob, regExp);
  }
  return regExp.test(relative);
}

function relativeTo(directory: string, file: string): string | undefined {
  const relative = path.relative(directory, file);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
    return undefined;
  return relative.split(path.sep).join('/');
}
