// Plain YAML scalars read as the AWS CLI reads them. `--cli-input-yaml` is loaded with ruamel.yaml's
// safe loader (`YAML(typ='safe', pure=True)`), whose implicit types are not the `yaml` package's
// YAML 1.2 core schema: `8_080` and `0b101` are integers there, `2024-01-01` is a date, `<<` is a
// merge key and a lone `=` cannot be loaded at all. Under a `%YAML 1.1` directive it reads YAML 1.1
// (`yes` is true, `0755` is octal, `1:30` is 90). The patterns and the construction below follow
// ruamel.yaml 0.17 (resolver.py and constructor.py), checked against it in test/cliScalars.test.ts.

import type { ScalarNode } from './tree';

export type YamlVersion = '1.1' | '1.2';

/** What the AWS CLI's loader makes of a plain (unquoted, untagged) scalar. */
export type CliScalar =
  | { type: 'null' }
  | { type: 'boolean'; value: boolean }
  | { type: 'integer'; value: number }
  | { type: 'float'; value: number }
  /** A date or date-time: the API then rejects it wherever it expects a string. */
  | { type: 'timestamp' }
  | { type: 'string' }
  /** The `<<` merge key. */
  | { type: 'merge' }
  /** The loader fails on it (`=`, a date such as 2024-13-01, `0x_`); `reason` says why. */
  | { type: 'unreadable'; reason: string };

const BOOL_12 = /^(?:true|True|TRUE|false|False|FALSE)$/;
const BOOL_11 = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const TRUE_11 = new Set(['y', 'yes', 'true', 'on']);
const FLOAT_12 =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const FLOAT_11 =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT_12 = /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/;
const INT_11 =
  /^(?:[-+]?0b[0-1_]+|[-+]?0?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
/** The parts of a timestamp the constructor reads (its own, looser pattern). */
const TIMESTAMP_PARTS =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;

/**
 * The type the AWS CLI gives a plain scalar. Like ruamel.yaml, the first character picks the
 * candidate types, tried in its resolver's order: booleans, floats, integers, then the rest.
 */
export function readPlainScalar(source: string, version: YamlVersion = '1.2'): CliScalar {
  const first = source[0] ?? '';
  if ('yYnNtTfFoO'.includes(first) && first !== '' && (version === '1.1' ? BOOL_11 : BOOL_12).test(source))
    return { type: 'boolean', value: TRUE_11.has(source.toLowerCase()) };
  if ('-+0123456789.'.includes(first) && first !== '') {
    if ((version === '1.1' ? FLOAT_11 : FLOAT_12).test(source))
      return { type: 'float', value: toFloat(source) };
    if ('.'.includes(first)) return { type: 'string' };
    if ((version === '1.1' ? INT_11 : INT_12).test(source)) return toInteger(source, version);
  }
  if (source === '<<') return { type: 'merge' };
  if (NULL.test(source)) return { type: 'null' };
  if (/^[0-9]/.test(source) && TIMESTAMP.test(source)) return toTimestamp(source);
  if (source === '=')
    return {
      type: 'unreadable',
      reason: 'its YAML loader takes a lone `=` for the YAML "value" type, which it cannot build',
    };
  return { type: 'string' };
}

function toFloat(source: string): number {
  let text = source.replace(/_/g, '').toLowerCase();
  let sign = 1;
  if (text.startsWith('-')) sign = -1;
  if (text.startsWith('-') || text.startsWith('+')) text = text.slice(1);
  if (text === '.inf') return sign * Infinity;
  if (text === '.nan') return NaN;
  if (text.includes(':')) return sign * sexagesimal(text);
  return sign * Number(text);
}

function toInteger(source: string, version: YamlVersion): CliScalar {
  let text = source.replace(/_/g, '');
  let sign = 1;
  if (text.startsWith('-')) sign = -1;
  if (text.startsWith('-') || text.startsWith('+')) text = text.slice(1);
  const failed: CliScalar = {
    type: 'unreadable',
    reason: `its YAML loader takes \`${source}\` for a number and fails to read it`,
  };
  const digits = (body: string, radix: number): CliScalar => {
    const value = body === '' ? NaN : parseInt(body, radix);
    return Number.isNaN(value) ? failed : { type: 'integer', value: sign * value };
  };
  if (text === '0') return { type: 'integer', value: 0 };
  if (text.startsWith('0b')) return digits(text.slice(2), 2);
  if (text.startsWith('0x')) return digits(text.slice(2), 16);
  if (text.startsWith('0o')) return digits(text.slice(2), 8);
  if (version === '1.1' && text.startsWith('0')) return digits(text.slice(1), 8);
  if (version === '1.1' && text.includes(':')) return { type: 'integer', value: sign * sexagesimal(text) };
  return digits(text, 10);
}

/** 1:30 is 90, 1:02:03 is 3723 (YAML 1.1 only). */
function sexagesimal(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date the loader builds, or the reason Python's datetime refuses it. */
function toTimestamp(source: string): CliScalar {
  const parts = TIMESTAMP_PARTS.exec(source);
  if (!parts) return { type: 'timestamp' };
  const [year, month, day, hour, minute, second] = parts
    .slice(1)
    .map((p) => (p === undefined ? 0 : Number(p)));
  const fail = (what: string): CliScalar => ({
    type: 'unreadable',
    reason: `its YAML loader reads \`${source}\` as a date and fails: ${what}`,
  });
  if (year === undefined || year < 1) return fail('year 0 does not exist');
  if (month === undefined || month < 1 || month > 12) return fail('the month must be 1 to 12');
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day === undefined || day < 1 || day > days) return fail(`the day must be 1 to ${days}`);
  if ((hour ?? 0) > 23) return fail('the hour must be 0 to 23');
  if ((minute ?? 0) > 59) return fail('the minute must be 0 to 59');
  if ((second ?? 0) > 59) return fail('the second must be 0 to 59');
  return { type: 'timestamp' };
}

/**
 * The node of a plain scalar the loader reads as `reading`: typed, or its text as written (a
 * string, and a merge key or what the loader refuses, which the caller reports). Both YAML readers
 * (parseYaml.ts, quickYaml.ts) build their plain scalars here, so that they type them alike.
 */
export function plainScalarNode(reading: CliScalar, source: string, start: number, end: number): ScalarNode {
  switch (reading.type) {
    case 'null':
      return { type: 'scalar', value: null, integer: false, start, end };
    case 'boolean':
      return { type: 'scalar', value: reading.value, integer: false, start, end };
    case 'integer':
    case 'float':
      return { type: 'scalar', value: reading.value, integer: reading.type === 'integer', start, end };
    case 'timestamp':
      return { type: 'scalar', value: source, integer: false, timestamp: true, start, end };
    default:
      return { type: 'scalar', value: source, integer: false, start, end };
  }
}
