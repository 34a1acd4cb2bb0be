// Reads a file or standard input as UTF-8 text, refusing binary and non-UTF-8 content.
import * as fs from 'node:fs';
import { ioMessage } from './discover';

/** The text, and whether a UTF-8 byte order mark preceded it (--fix writes it back). */
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
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: 'UTF-16 text; save it as UTF-8 to check it' };
  if (bytes.includes(0)) return { problem: 'binary file (it contains NUL bytes); not checked' };
  try {
    // A UTF-8 byte order mark is dropped, as editors do; columns then match what they show.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch {
    return { problem: 'not UTF-8 text; save it as UTF-8 to check it' };
  }
}
