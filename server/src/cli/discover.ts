// Turns the command line's paths, globs and `-` into the files to check. Directories are walked
// recursively, skipping node_modules and dot-directories; only YAML and JSON files are candidates.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globToRegExp, hasGlobMagic, literalBase, normalizePattern } from '../common/glob';
import type { Problem } from './report';

export type { Problem } from './report';

export type TargetKind = 'stdin' | 'file' | 'directory' | 'glob';

/** One command-line argument and the files it stands for (absolute paths, in walk order). */
export interface Target {
  arg: string;
  kind: TargetKind;
  files: string[];
}

export interface Discovery {
  targets: Target[];
  problems: Problem[];
}

/** What the configuration files add to a walk: directories they ignore, files they name. */
export interface WalkHooks {
  skipDirectory(directory: string): boolean;
  isCandidate(file: string): boolean;
}

const DEFAULT_HOOKS: WalkHooks = { skipDirectory: () => false, isCandidate };

const CANDIDATE = /\.(ya?ml|json)$/i;
const SKIPPED_DIRECTORY = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

export function isCandidate(file: string): boolean {
  return CANDIDATE.test(file);
}

export function discover(args: readonly string[], cwd: string, hooks: WalkHooks = DEFAULT_HOOKS): Discovery {
  const targets: Target[] = [];
  const problems: Problem[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    if (arg === '-') {
      // Standard input can be read once.
      if (!targets.some((t) => t.kind === 'stdin')) targets.push({ arg, kind: 'stdin', files: [] });
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) {
      const files: string[] = [];
      walk(absolute, '', problems, cwd, hooks, (file) => {
        if (hooks.isCandidate(file.absolute)) files.push(file.absolute);
      });
      targets.push({ arg, kind: 'directory', files });
    } else if (stat) {
      targets.push({ arg, kind: 'file', files: [absolute] });
    } else if (hasGlobMagic(arg)) {
      targets.push({ arg, kind: 'glob', files: expandGlob(arg, cwd, problems, hooks) });
    } else {
      problems.push({ path: arg, message: 'no such file or directory' });
    }
  }
  return { targets, problems };
}

function expandGlob(arg: string, cwd: string, problems: Problem[], hooks: WalkHooks): string[] {
  const pattern = normalizePattern(arg);
  const base = literalBase(pattern);
  const matcher = globToRegExp(pattern);
  const root = path.resolve(cwd, base);
  const files: string[] = [];
  if (!statOrUndefined(root)?.isDirectory()) return files;
  walk(root, '', problems, cwd, hooks, (file) => {
    const written =
      base === '' ? file.relative : base === '/' ? `/${file.relative}` : `${base}/${file.relative}`;
    if (matcher.test(written) && hooks.isCandidate(file.absolute)) files.push(file.absolute);
  });
  return files;
}

interface WalkedFile {
  absolute: string;
  /** Relative to the walk's root, with `/` separators. */
  relative: string;
}

function walk(
  directory: string,
  relative: string,
  problems: Problem[],
  cwd: string,
  hooks: WalkHooks,
  visit: (file: WalkedFile) => void,
  seen = new Set<string>(),
): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(directory);
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: displayPath(directory, cwd), message: ioMessage(error) });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(directory, entry.name);
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    // A symbolic link counts as what it points to; a dangling one is left out of walks.
    const target = entry.isSymbolicLink() ? statOrUndefined(absolute) : entry;
    if (target?.isDirectory()) {
      if (!SKIPPED_DIRECTORY(entry.name) && !hooks.skipDirectory(absolute))
        walk(absolute, rel, problems, cwd, hooks, visit, seen);
    } else if (target?.isFile()) {
      visit({ absolute, relative: rel });
    }
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** A path as the user sees it: relative to the working directory with `/`, or absolute outside it. */
export function displayPath(absolute: string, cwd: string): string {
  return relativeInside(absolute, cwd) ?? absolute;
}

/** The path relative to a directory with `/` separators, or undefined when it is outside it. */
export function relativeInside(absolute: string, directory: string): string | undefined {
  const relative = path.relative(directory, absolute);
  if (relative === '') return '.';
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
    return undefined;
  return relative.split(path.sep).join('/');
}

/** An I/O error as a short phrase, without a stack trace. */
export function ioMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
