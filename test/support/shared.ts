import * as fs from 'node:fs';
import * as path from 'node:path';

/** ../shared beside the repository: reference data and the corpus, not part of the repo. */
export const SHARED = path.resolve(__dirname, '../../../shared');

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

/** The reason a test that needs a file from ../shared is skipped, or false when it is there. */
export function missingShared(...parts: string[]): string | false {
  const p = sharedPath(...parts);
  return fs.existsSync(p)
    ? false
    : `skipped: ${p} is not present (../shared is checked out beside the repository in CI)`;
}
