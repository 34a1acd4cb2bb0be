// `--fix-dry-run`: a unified diff (as `git diff` writes it, so `git apply` and `patch -p1` take it)
// between a file and its fixed text. Lines are compared with their line breaks, so a fix keeps
// CRLF lines as CRLF and the diff shows exactly what would be written.

const CONTEXT = 3;
/** Past this many differing lines the middle is shown as one replaced block (still a correct diff). */
const MAX_EDIT_DISTANCE = 1000;

type Op = { kind: ' ' | '-' | '+'; line: string };

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  for (const hunk of hunks(ops)) out.push(...hunk);
  return `${out.join('\n')}\n`;
}

/** Lines with their line breaks; the last one may have none. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  return [
    ...a.slice(0, prefix).map((line): Op => ({ kind: ' ', line })),
    ...middle,
    ...a.slice(a.length - suffix).map((line): Op => ({ kind: ' ', line })),
  ];
}

/** Myers' O((N+M)D) shortest edit script. */
function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  // Too different to search: all of a removed, all of b added.
  return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
}

function backtrack(
  trace: readonly Int32Array[],
  a: readonly string[],
  b: readonly string[],
  offset: number,
  depth: number,
): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[offset + previousK] as number;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      y--;
      ops.push({ kind: ' ', line: a[--x] as string });
    }
    if (down) ops.push({ kind: '+', line: b[--y] as string });
    else ops.push({ kind: '-', line: a[--x] as string });
  }
  while (x > 0 && y > 0) {
    y--;
    ops.push({ kind: ' ', line: a[--x] as string });
  }
  return ops.reverse();
}

function hunks(ops: readonly Op[]): string[][] {
  const out: string[][] = [];
  let i = 0;
  // Line numbers (1-based) in the old and new text of ops[i].
  const oldLine: number[] = [];
  const newLine: number[] = [];
  let o = 1;
  let n = 1;
  for (const op of ops) {
    oldLine.push(o);
    newLine.push(n);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') n++;
  }
  while (i < ops.length) {
    while (i < ops.length && (ops[i] as Op).kind === ' ') i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // Extend while the next change is within 2 × CONTEXT unchanged lines.
    for (;;) {
      while (end < ops.length && (ops[end] as Op).kind !== ' ') end++;
      let gap = end;
      while (gap < ops.length && (ops[gap] as Op).kind === ' ') gap++;
      if (gap < ops.length && gap - end <= 2 * CONTEXT) end = gap;
      else {
        end = Math.min(ops.length, end + CONTEXT);
        break;
      }
    }
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const oldStart = oldCount === 0 ? (oldLine[start] as number) - 1 : (oldLine[start] as number);
    const newStart = newCount === 0 ? (newLine[start] as number) - 1 : (newLine[start] as number);
    const lines = [`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`];
    for (const op of slice) {
      const body = op.line.endsWith('\n') ? op.line.slice(0, -1) : op.line;
      lines.push(op.kind + body);
      if (!op.line.endsWith('\n')) lines.push('\\ No newline at end of file');
    }
    out.push(lines);
    i = end;
  }
  return out;
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${count}`;
}
