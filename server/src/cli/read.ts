// Reads a file or standard input as UTF-8 text, refusing binary and non-UTF-8 content.
import * as fs from 'node:fs';
import { encodingProblem } from '../service/languageService';
import { ioMessage } from './discover';

/**
 * The text, and whether a UTF-8 byte order mark preceded it that the text does not hold (--fix
 * writes it back). The mark is kept in the text: the AWS CLI's JSON parser rejects it, and the
 * check says so; a YAML file keeps it when fixed.
 */
export type ReadResult = { text: string; bom: boolean } | { problem: string };

export function readSourceFile(file: string): ReadResult {
  try {
    return decode(fs.readFileSync(file));
  } catch (error) {
    return { problem: ioMessage(error) };
  }
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<ReadResult> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return decode(Buffer.concat(chunks));
  } catch (error) {
    return { problem: ioMessage(error) };
  }
}

export function decode(bytes: Uint8Array): ReadResult {
  const problem = encodingProblem(bytes);
  if (problem) return { problem };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), bom: false };
  } catch {
    return { problem: 'not UTF-8 text; save it as UTF-8 to check it' };
  }
}
