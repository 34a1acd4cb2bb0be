// What the AWS CLI can read: UTF-16 and UTF-32 files are refused (it decodes input as UTF-8), and a
// UTF-8 byte-order mark reaches the check, which the JSON parser of the AWS CLI rejects.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decode } from '../server/src/cli/read';
import { createLanguageService, encodingProblem } from '../server/src/service/languageService';

const DOCUMENT = '{"Name": "web", "Protocol": "HTTP", "Port": 80, "VpcId": "vpc-0a1b2c3d"}\n';

function utf16(text: string, bigEndian: boolean, mark: boolean): Uint8Array {
  const bytes: number[] = mark ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const unit of Buffer.from(text, 'utf16le').values()) bytes.push(unit);
  if (bigEndian)
    for (let i = mark ? 2 : 0; i + 1 < bytes.length; i += 2)
      bytes.splice(i, 2, bytes[i + 1] ?? 0, bytes[i] ?? 0);
  return Uint8Array.from(bytes);
}

describe('text encodings', () => {
  for (const bigEndian of [false, true])
    for (const mark of [true, false])
      test(`UTF-16 ${bigEndian ? 'BE' : 'LE'} ${mark ? 'with' : 'without'} a byte-order mark is refused as UTF-16`, () => {
        const problem = encodingProblem(utf16(DOCUMENT, bigEndian, mark));
        assert.match(problem ?? '', /^UTF-16 text: the AWS CLI reads input files as UTF-8/);
        assert.deepEqual(decode(utf16(DOCUMENT, bigEndian, mark)), { problem });
      });

  test('UTF-32 with a byte-order mark is refused', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]);
    assert.match(encodingProblem(bytes) ?? '', /^UTF-32 text/);
  });

  test('UTF-8 text, with or without a byte-order mark, is read; other NUL bytes are binary', () => {
    assert.equal(encodingProblem(Buffer.from(DOCUMENT)), undefined);
    assert.equal(encodingProblem(Buffer.from(`\ufeff${DOCUMENT}`)), undefined);
    assert.match(
      encodingProblem(Uint8Array.from([0x7b, 0x22, 0x41, 0, 0x22, 0x7d, 0x0a, 0x0a, 0x20])) ?? '',
      /^binary/,
    );
  });

  test('a UTF-8 byte-order mark reaches the check: an error before JSON, nothing before YAML', () => {
    const service = createLanguageService();
    const json = decode(Buffer.from(`\ufeff${DOCUMENT}`));
    assert.ok('text' in json && json.text.startsWith('\ufeff'));
    const findings = service.check({ text: json.text, syntax: 'json', named: true }).findings;
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.start, f.end]),
      [['json-syntax', 0, 1]],
    );
    const yaml = decode(Buffer.from('\ufeffName: web\nProtocol: HTTP\nPort: 80\nVpcId: vpc-0a1b2c3d\n'));
    assert.ok('text' in yaml);
    assert.deepEqual(service.check({ text: yaml.text, syntax: 'yaml', named: true }).findings, []);
  });
});
