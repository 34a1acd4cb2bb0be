// Parses the arguments of `elbv2-ls check`. Problems throw a UsageError (exit code 2).
import type { RuleSeverities, Severity } from '../service/languageService';
import { closest } from '../service/languageService';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

const SEVERITIES: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'hint', 'off'];

export interface CheckOptions {
  paths: string[];
  format: FormatName;
  maxWarnings: number | undefined;
  severities: RuleSeverities;
  quiet: boolean;
  stdinFilename: string | undefined;
  /** Forced on or off by a flag; undefined means "when stdout is a terminal and NO_COLOR is unset". */
  color: boolean | undefined;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const WITH_VALUE = new Set(['--format', '--max-warnings', '--rule', '--stdin-filename']);
const FLAGS = ['--quiet', '--color', '--no-color', '--help', '--version', ...WITH_VALUE];

export function parseCheckArgs(argv: readonly string[], ruleIds: readonly string[]): CheckOptions {
  const options: CheckOptions = {
    paths: [],
    format: 'text',
    maxWarnings: undefined,
    severities: {},
    quiet: false,
    stdinFilename: undefined,
    color: undefined,
    help: false,
    version: false,
  };
  const severities: Record<string, Severity | 'off'> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      options.paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    let value: string | undefined = name === arg ? undefined : arg.slice(equals + 1);
    if (WITH_VALUE.has(name) && value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
    } else if (!WITH_VALUE.has(name) && value !== undefined) {
      throw new UsageError(`${name} takes no value`);
    }
    switch (name) {
      case '--format':
        options.format = oneOf(name, value as string, FORMATS);
        break;
      case '--max-warnings':
        options.maxWarnings = count(name, value as string);
        break;
      case '--rule': {
        const [id, severity] = ruleSetting(value as string, ruleIds);
        severities[id] = severity;
        break;
      }
      case '--stdin-filename':
        if (value === '') throw new UsageError('--stdin-filename needs a non-empty name');
        options.stdinFilename = value;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--color':
      case '--no-color':
        options.color = name === '--color';
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--version':
        options.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}${hint(closest(name, FLAGS))}`);
    }
  }
  options.severities = severities;
  return options;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function count(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} needs a whole number of 0 or more, not "${value}"`);
  return Number(value);
}

function ruleSetting(value: string, ruleIds: readonly string[]): [string, Severity | 'off'] {
  const equals = value.indexOf('=');
  if (equals <= 0)
    throw new UsageError(`--rule needs <rule-id>=<severity>, e.g. --rule unknown-member=warning`);
  const id = value.slice(0, equals);
  const severity = value.slice(equals + 1);
  if (!ruleIds.includes(id))
    throw new UsageError(`--rule: unknown rule "${id}"${hint(closest(id, ruleIds))}`);
  return [id, oneOf(`--rule ${id}`, severity, SEVERITIES)];
}

function hint(suggestion: string | undefined): string {
  return suggestion ? ` (did you mean ${suggestion}?)` : '';
}
