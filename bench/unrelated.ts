// A large YAML or JSON file that is no ELBv2 document, opened in the server: what it costs the
// server to tell (time from didOpen to the answer of a request on it, which comes after the
// server has handled the open) and what memory it keeps, in a server of its own; and the
// top-level-key scan (`sniffDocument`) alone, in this process.
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { sniffDocument } from '../server/src/service/languageService';
import { unrelatedGeoJson, unrelatedYaml } from './documents';
import { BenchClient, sleep, type ServerSpec } from './lsp';
import { summarize, timeSync, type Summary } from './stats';

export const UNRELATED_BYTES = 10 * 1024 * 1024;

export interface UnrelatedResults {
  bytes: { json: number; yaml: number };
  /** didOpen sent → (empty) documentSymbol answer received, over stdio. */
  answer: { json: Summary; yaml: Summary };
  /**
   * The same for the GeoJSON text opened as plain text, which the server does not look at: the
   * cost of sending 10 MB over stdio and reading the message, which no server can avoid.
   */
  transport: Summary;
  /** The scan alone, in process. */
  scan: { json: Summary; yaml: Summary };
  rssBefore: number;
  /** With one 10 MB JSON and one 10 MB YAML file open. */
  rssOpen: number;
  /** After they were closed (and a second's pause). */
  rssClosed: number;
  opens: number;
}

export async function measureUnrelated(
  spec: ServerSpec,
  scratch: string,
  opens: number,
): Promise<UnrelatedResults> {
  const texts = { json: unrelatedGeoJson(UNRELATED_BYTES), yaml: unrelatedYaml(UNRELATED_BYTES) };
  for (const [syntax, text] of Object.entries(texts))
    if (sniffDocument(text, syntax as 'json' | 'yaml') !== 'unrelated')
      throw new Error(`the ${syntax} file looks like ELBv2`);
  const scan = {
    json: summarize(timeSync(() => sniffDocument(texts.json, 'json'), opens * 4)),
    yaml: summarize(timeSync(() => sniffDocument(texts.yaml, 'yaml'), opens * 4)),
  };
  const client = new BenchClient(spec);
  await client.initialize();
  await client.settled();
  const uri = (name: string): string => pathToFileURL(path.join(scratch, name)).href;
  /** Milliseconds from didOpen to the answer of a request on the document; the document stays open. */
  const openAndAsk = async (name: string, text: string, languageId: string): Promise<number> => {
    const started = performance.now();
    await client.open(uri(name), text, 1, languageId);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', {
      textDocument: { uri: uri(name) },
    });
    const elapsed = performance.now() - started;
    if (!Array.isArray(symbols) || symbols.length > 0) throw new Error(`${spec.name} analysed ${name}`);
    return elapsed;
  };

  // Memory: one file of each kind opened, kept open, then closed.
  await sleep(500);
  const rssBefore = client.rss();
  await openAndAsk('memory.json', texts.json, 'json');
  await openAndAsk('memory.yaml', texts.yaml, 'yaml');
  await sleep(500);
  const rssOpen = client.rss();
  await client.close(uri('memory.json'));
  await client.close(uri('memory.yaml'));
  await sleep(1000);
  const rssClosed = client.rss();

  // Time: each file opened and closed again, and the same bytes as plain text for the floor.
  const answer: { json: number[]; yaml: number[] } = { json: [], yaml: [] };
  const transport: number[] = [];
  for (let i = 0; i < opens; i++) {
    for (const syntax of ['json', 'yaml'] as const) {
      answer[syntax].push(await openAndAsk(`unrelated-${i}.${syntax}`, texts[syntax], syntax));
      await client.close(uri(`unrelated-${i}.${syntax}`));
    }
    transport.push(await openAndAsk(`unrelated-${i}.txt`, texts.json, 'plaintext'));
    await client.close(uri(`unrelated-${i}.txt`));
  }
  await client.shutdown();
  return {
    bytes: { json: Buffer.byteLength(texts.json), yaml: Buffer.byteLength(texts.yaml) },
    answer: { json: summarize(answer.json), yaml: summarize(answer.yaml) },
    transport: summarize(transport),
    scan,
    rssBefore,
    rssOpen,
    rssClosed,
    opens,
  };
}
