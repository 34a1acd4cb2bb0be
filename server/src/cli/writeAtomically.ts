// `--fix` writes a file whole or not at all: the new text goes to a temporary file beside it, which
// is flushed to disk and then renamed over the original. Killed at any moment, the run leaves the
// original file or the fixed one, never half of each. The file keeps its mode (and, for root, its
// owner); a symbolic link keeps pointing where it did, and its target is what is written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioMessage } from './discover';

/** The temporary file being written, so that an interrupt handler can remove it. */
let pending: string | undefined;

export type WriteResult = { written: true } | { written: false; problem: string };

/** Why a file cannot be fixed in place, before anything is written; undefined when it can. */
export function cannotWrite(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    // Root may write a read-only file, and rename would replace it anyway: honour the mode instead.
    if ((stat.mode & 0o222) === 0) return 'the file is read-only; not fixed';
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(fs.realpathSync(file)), fs.constants.W_OK);
    return undefined;
  } catch (error) {
    return `${ioMessage(error)}; not fixed`;
  }
}

export function writeAtomically(file: string, text: string, bom: boolean): WriteResult {
  const refused = cannotWrite(file);
  if (refused) return { written: false, problem: refused };
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch (error) {
    return { written: false, problem: `${ioMessage(error)}; not fixed` };
  }
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.elbv2-ls-${process.pid}-${Date.now()}.tmp`,
  );
  let fd: number | undefined;
  try {
    pending = temporary;
    fd = fs.openSync(temporary, 'wx', stat.mode & 0o7777);
    fs.writeFileSync(fd, bom ? `\ufeff${text}` : text);
    fs.fchmodSync(fd, stat.mode & 0o7777); // the umask narrowed the mode given to open
    if (process.getuid?.() === 0) fs.fchownSync(fd, stat.uid, stat.gid);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, target);
    pending = undefined;
    return { written: true };
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    removePending();
    return {
      written: false,
      problem: `cannot write the fixed file: ${ioMessage(error)}; the original is unchanged`,
    };
  }
}

/** Removes a temporary file left by a write that did not finish (called on SIGINT/SIGTERM). */
export function removePending(): void {
  if (pending === undefined) return;
  try {
    fs.unlinkSync(pending);
  } catch {
    // already renamed or never created
  }
  pending = undefined;
}
