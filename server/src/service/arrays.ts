// Array helpers for lists that may hold hundreds of thousands of items: spreading such a list into
// a call's arguments (`splice(i, n, ...items)`, `push(...items)`) overflows the stack.

/** `array.splice(start, deleteCount, ...items)` for any number of items; returns the removed ones. */
export function spliceAll<T>(array: T[], start: number, deleteCount: number, items: readonly T[]): T[] {
  if (items.length <= 1000) return array.splice(start, deleteCount, ...items);
  const removed = array.slice(start, start + deleteCount);
  const tail = array.slice(start + deleteCount);
  array.length = start;
  for (const item of items) array.push(item);
  for (const item of tail) array.push(item);
  return removed;
}
