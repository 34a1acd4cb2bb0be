import * as fs from 'node:fs';
import * as path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

/** The expected text after a fixture's fixes: `invalid.elbv2.yaml` → `invalid.elbv2.fixed.yaml`. */
export function fixedFileOf(file: string): string {
  return file.replace(/(\.(?:ya?ml|json))$/, '.fixed$1');
}

/** Every fixture file under a folder (expected fix outputs excluded), relative paths, sorted. */
export function listFixtures(dir = FIXTURES): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(entry.name) && !/\.fixed\.(ya?ml|json)$/.test(entry.name))
        out.push(path.relative(dir, full));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}
