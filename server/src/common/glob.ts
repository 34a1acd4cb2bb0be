// Glob patterns, for the CLI (which expands quoted globs itself) and the server's elbv2.files: `**`, `*`, `?`,
// `[abc]` and `{a,b}`. Patterns use `/` (and, on Windows, `\`) between segments.

const MAGIC = /[*?[{]/;

export function hasGlobMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** The pattern with `/` separators and without a leading `./`. */
export function normalizePattern(pattern: string, windows = process.platform === 'win32'): string {
  const slashed = windows ? pattern.replace(/\\/g, '/') : pattern;
  return slashed.replace(/^(?:\.\/)+/, '').replace(/\/{2,}/g, '/');
}

/** The leading segments without magic: where the walk starts (`''` for the current directory). */
export function literalBase(pattern: string): string {
  const segments = pattern.split('/');
  const literal: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasGlobMagic(segment)) break;
    literal.push(segment);
  }
  if (literal.length === 1 && literal[0] === '') return '/';
  return literal.join('/');
}

/** A regular expression matching whole `/`-separated paths written the way the pattern is. */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.split('/');
  let source = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]*/)*';
      return;
    }
    source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`, process.platform === 'win32' ? 'i' : '');
}

function segmentSource(segment: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out + ')'.repeat(braces);
}

/** True when the path matches the glob; a relative glob may match at any depth (`*.lb.yaml`, `lb/*.json`). */
export function matchesGlob(path: string, glob: string): boolean {
  const p = normalizePattern(path);
  const g = normalizePattern(glob);
  if (g.startsWith('/')) return globToRegExp(g).test(p);
  return globToRegExp(g.startsWith('**/') ? g : `**/${g}`).test(p);
}
