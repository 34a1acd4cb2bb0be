// Glob patterns (`**`, `*`, `?`, `{a,b}`) as regular expressions, for the CLI's path arguments and
// the server's `elbv2.files` setting. Paths use forward slashes.

export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map((alt) => alt.replace(/[.+^${}()|[\]\\*?]/g, '\\$&'))
          .join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** True when the path matches the glob; a relative glob may match at any depth (`*.lb.yaml`, `lb/*.json`). */
export function matchesGlob(path: string, glob: string): boolean {
  const p = path.replace(/\\/g, '/');
  const g = glob.replace(/\\/g, '/');
  if (g.startsWith('/')) return globToRegExp(g).test(p);
  return globToRegExp(g.startsWith('**/') ? g : `**/${g}`).test(p);
}
