// Shrinks a failing input while it still fails the same way (delta debugging): first whole
// lines, then spans of characters, halving the chunk size each round. Bounded by tries and time.

export interface MinimizeOptions {
  maxTries?: number;
  budgetMs?: number;
}

export function minimize(
  text: string,
  fails: (candidate: string) => boolean,
  options: MinimizeOptions = {},
): string {
  const deadline = performance.now() + (options.budgetMs ?? 20_000);
  let tries = options.maxTries ?? 2000;
  const spent = (): boolean => tries <= 0 || performance.now() > deadline;
  const attempt = (candidate: string): boolean => {
    tries -= 1;
    return fails(candidate);
  };
  let current = text;
  current = shrink(current, (t) => t.split(/(?<=\n)/), attempt, spent);
  current = shrink(current, (t) => [...t], attempt, spent);
  return current;
}

/** Removes ever smaller chunks of the text's units while the input keeps failing. */
function shrink(
  text: string,
  split: (t: string) => string[],
  attempt: (candidate: string) => boolean,
  spent: () => boolean,
): string {
  if (spent()) return text;
  let units = split(text);
  let chunk = Math.max(1, Math.floor(units.length / 2));
  while (units.length > 0) {
    let removed = false;
    for (let start = 0; start < units.length;) {
      // Checked before the candidate is built: on a 10 MB input, building one is the slow part.
      if (spent()) return units.join('');
      const candidate = [...units.slice(0, start), ...units.slice(start + chunk)];
      if (attempt(candidate.join(''))) {
        units = candidate;
        removed = true;
      } else {
        start += chunk;
      }
    }
    if (chunk === 1 && !removed) break;
    if (!removed) chunk = Math.max(1, Math.floor(chunk / 2));
  }
  return units.join('');
}
