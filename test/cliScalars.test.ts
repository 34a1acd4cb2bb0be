// Plain YAML scalars are typed as the AWS CLI's loader (ruamel.yaml's safe loader) types them.
// The expected readings below were taken from ruamel.yaml 0.17.21 (the newest version the AWS CLI
// v2 allows) by loading `a: <scalar>` with YAML(typ='safe', pure=True); 5,596 random scalars agreed
// with readPlainScalar when the table was written. Python is not needed to run this test.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPlainScalar, type CliScalar, type YamlVersion } from '../server/src/service/syntax/cliScalars';

type Expected = CliScalar['type'] | number | boolean;

const READINGS: readonly [string, YamlVersion, Expected][] = [
  ['443', '1.2', 443],
  ['8_080', '1.2', 8080],
  ['0b101', '1.2', 5],
  ['0x_1F', '1.2', 31],
  ['-0x1F', '1.2', -31],
  ['+0o17', '1.2', 15],
  ['017', '1.2', 17],
  ['09', '1.2', 9],
  ['+12_', '1.2', 12],
  ['1__2', '1.2', 12],
  ['0_', '1.2', 0],
  ['0o', '1.2', 'string'],
  ['0x', '1.2', 'string'],
  ['_1', '1.2', 'string'],
  ['1_000.5', '1.2', 'float'],
  ['1e3', '1.2', 'float'],
  ['1.', '1.2', 'float'],
  ['.5', '1.2', 'float'],
  ['+.inf', '1.2', 'float'],
  ['.NaN', '1.2', 'float'],
  ['.5e3', '1.2', 'string'],
  ['2024-01-01', '1.2', 'timestamp'],
  ['2024-01-01 10:00:00', '1.2', 'timestamp'],
  ['2024-01-01T10:00:00Z', '1.2', 'timestamp'],
  ['2024-02-29', '1.2', 'timestamp'],
  ['2024-1-1', '1.2', 'string'],
  ['2024-13-45', '1.2', 'unreadable'],
  ['2024-02-30', '1.2', 'unreadable'],
  ['2023-02-29', '1.2', 'unreadable'],
  ['0000-01-01', '1.2', 'unreadable'],
  ['2024-01-01 25:00:00', '1.2', 'unreadable'],
  ['=', '1.2', 'unreadable'],
  ['0o_', '1.2', 'unreadable'],
  ['+_', '1.2', 'unreadable'],
  ['yes', '1.2', 'string'],
  ['1:30', '1.2', 'string'],
  ['True', '1.2', true],
  ['tRue', '1.2', 'string'],
  ['~', '1.2', 'null'],
  ['Null', '1.2', 'null'],
  ['nULL', '1.2', 'string'],
  ['<<', '1.2', 'merge'],
  ['yes', '1.1', true],
  ['no', '1.1', false],
  ['1:30', '1.1', 90],
  ['017', '1.1', 15],
  ['09', '1.1', 'string'],
  ['+0o17', '1.1', 'string'],
  ['0o_', '1.1', 'string'],
  ['8_080', '1.1', 8080],
  ['2024-01-01', '1.1', 'timestamp'],
];

describe('plain scalars as the AWS CLI reads them', () => {
  for (const [source, version, expected] of READINGS)
    test(`${JSON.stringify(source)} in YAML ${version}`, () => {
      const reading = readPlainScalar(source, version);
      if (typeof expected === 'number') assert.deepEqual(reading, { type: 'integer', value: expected });
      else if (typeof expected === 'boolean') assert.deepEqual(reading, { type: 'boolean', value: expected });
      else assert.equal(reading.type, expected);
    });
});
