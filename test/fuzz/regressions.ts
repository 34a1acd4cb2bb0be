// Inputs the fuzzer once broke the service with, minimized, kept as JSON files (a JSON string
// holds NUL bytes and lone surrogates exactly, which a .yaml file could not) and re-run by
// test/fuzz.test.ts.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Syntax } from '../../server/src/service/languageService';

export const REGRESSIONS = path.join(__dirname, 'regressions');

export interface Regression {
  /** What the input once did, in a sentence. */
  found: string;
  syntax: Syntax;
  named: boolean;
  text: string;
}

export function loadRegressions(dir = REGRESSIONS): { file: string; regression: Regression }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      regression: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Regression,
    }));
}

/** Saves a regression under a name made of its finding and a hash of its text; returns the path. */
export function saveRegression(regression: Regression, dir = REGRESSIONS): string {
  const slug = regression.found
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const hash = createHash('sha256').update(regression.text).digest('hex').slice(0, 8);
  const file = path.join(dir, `${slug}-${hash}.json`);
  fs.mkdirSync(dir, { recursive: true });
  // The layout Prettier gives a flat object of strings, so `npm run format:check` stays clean.
  fs.writeFileSync(file, `${JSON.stringify(regression, null, 2)}\n`);
  return file;
}
