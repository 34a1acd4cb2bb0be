// "Did you mean …?": the closest allowed value to what the user wrote.

export function closest(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  // The same last word usually carries the meaning: `text/json` is `application/json`.
  const last = lastWord(lower);
  if (last.length >= 3) {
    const sameLast = candidates.filter((c) => lastWord(c.toLowerCase()) === last);
    if (sameLast.length === 1) return sameLast[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  // Only suggest what is plausibly a typo: at most a third of the longer word changed.
  return best !== undefined &&
    bestDistance <= Math.max(1, Math.floor(Math.max(value.length, best.length) / 3))
    ? best
    : undefined;
}

function lastWord(value: string): string {
  return value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('-'), value.lastIndexOf('_')) + 1);
}

/** Two rows of the distance table, reused by every call (did-you-mean runs on many keystrokes). */
let rows = { previous: new Int32Array(64), current: new Int32Array(64) };

/** Levenshtein distance, with an early exit for very different lengths. */
export function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  if (rows.previous.length <= b.length)
    rows = { previous: new Int32Array(b.length + 1), current: new Int32Array(b.length + 1) };
  let { previous, current } = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    const done = current;
    current = previous;
    previous = done;
  }
  return previous[b.length] as number;
}

/** "a, b or c" for messages, with values in backticks. */
export function listOf(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((v) => `\`${v}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
