// Parses the arguments of `elbv2-ls check`. Problems throw a UsageError (exit code 2).
import { closest, type RuleSeverities, type Severity } from '../service/languageService';
import { FORMAT_NAMES, type FormatName } from './formats/types';

const SEVERITIES: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'hint', 'off'];

/** The formats CI reads: unused suppressions are reported in them unless turned off. */
const CI_FORMATS: readonly FormatName[] = ['json', 'sarif', 'github', 'junit'];

export interface CheckOptions {
  paths: string[];
  format: FormatName;
  /** Where the report goes; undefined for standard output. */
  output: string | undefined;
  maxWarnings: number | undefined;
  severities: RuleSeverities;
  quiet: boolean;
  /** `write` for --fix, `dry-run` for --fix-dry-run. */
  fix: 'none' | 'write' | 'dry-run';
  reportUnusedSuppressions: boolean;
  errorOnUnmatchedPattern: boolean;
  configLookup: boolean;
  /** Worker threads: a number, `auto` (only for trees large enough to gain) or `off`. */
  concurrency: number | 'auto' | 'off';
  stdinFilename: string | undefined;
  /** Forced on or off by a flag; undefined means "when stdout is a terminal and NO_COLOR is unset". */
  color: boolean | undefined;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const WITH_VALUE = new Set([
  '--format',
  '--output',
  '--max-warnings',
  '--rule',
  '--stdin-filename',
  '--concurrency',
]);
/** Every option `check` takes, in its long form (the help text lists them all: test/usage.test.ts). */
export const OPTION_NAMES = [
  '--quiet',
  '--fix',
  '--fix-dry-run',
  '--report-unused-disable-directives',
  '--no-report-unused-disable-directives',
  '--no-error-on-unmatched-pattern',
  '--no-config-lookup',
  '--color',
  '--no-color',
  '--help',
  '--version',
  ...WITH_VALUE,
];
const SHORT: Record<string, string> = { '-h': '--help', '-o': '--output', '-f': '--format' };

export function parseCheckArgs(argv: readonly string[], ruleIds: readonly string[]): CheckOptions {
  const options: CheckOptions = {
    paths: [],
    format: 'text',
    output: undefined,
    maxWarnings: undefined,
    severities: {},
    quiet: false,
    fix: 'none',
    reportUnusedSuppressions: false,
    errorOnUnmatchedPattern: true,
    configLookup: true,
    concurrency: 'auto',
    stdinFilename: undefined,
    color: undefined,
    help: false,
    version: false,
  };
  const severities: Record<string, Severity | 'off'> = {};
  let reportUnused: boolean | undefined;
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
    const written = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const name = SHORT[written] ?? written;
    let value: string | undefined = written === arg ? undefined : arg.slice(equals + 1);
    if (WITH_VALUE.has(name) && value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`${written} needs a value`);
    } else if (!WITH_VALUE.has(name) && value !== undefined) {
      throw new UsageError(`${name} takes no value`);
    }
    switch (name) {
      case '--format':
        options.format = oneOf(written, value as string, FORMAT_NAMES);
        break;
      case '--output':
        if (value === '') throw new UsageError(`${written} needs a file name`);
        options.output = value;
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
      case '--concurrency':
        options.concurrency = concurrency(value as string);
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--fix':
      case '--fix-dry-run': {
        const fix = name === '--fix' ? 'write' : 'dry-run';
        if (options.fix !== 'none' && options.fix !== fix)
          throw new UsageError('--fix and --fix-dry-run cannot be used together');
        options.fix = fix;
        break;
      }
      case '--report-unused-disable-directives':
      case '--no-report-unused-disable-directives':
        reportUnused = name === '--report-unused-disable-directives';
        break;
      case '--no-error-on-unmatched-pattern':
        options.errorOnUnmatchedPattern = false;
        break;
      case '--no-config-lookup':
        options.configLookup = false;
        break;
      case '--color':
      case '--no-color':
        options.color = name === '--color';
        break;
      case '--help':
        options.help = true;
        break;
      case '--version':
        options.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}${hint(closest(name, OPTION_NAMES))}`);
    }
  }
  options.severities = severities;
  options.reportUnusedSuppressions = reportUnused ?? CI_FORMATS.includes(options.format);
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

function concurrency(value: string): CheckOptions['concurrency'] {
  if (value === 'auto' || value === 'off') return value;
  if (/^[1-9]\d{0,2}$/.test(value)) return Number(value);
  throw new UsageError(
    `--concurrency must be a number of threads from 1 to 999, auto or off, not "${value}"`,
  );
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
