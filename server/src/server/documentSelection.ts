// Which open documents the user marked as ELBv2: by file name, or by an `elbv2.files` glob.
import { matchesGlob } from '../common/glob';
import { isElbv2FileName } from '../service/languageService';

export function pathOfUri(uri: string): string {
  if (!uri.startsWith('file://')) return uri;
  try {
    return decodeURIComponent(uri.slice('file://'.length));
  } catch {
    return uri;
  }
}

export function isNamedElbv2(uri: string, globs: readonly string[]): boolean {
  const path = pathOfUri(uri);
  return isElbv2FileName(path) || globs.some((g) => matchesGlob(path, g));
}
