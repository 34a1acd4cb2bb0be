// What jsonc-parser is trusted with. It recurses once per nesting level, so ten thousand `[`
// exhaust the stack: before a JSON text reaches it, every value nested deeper than the analysis
// follows (MAX_DEPTH) is blanked out, replaced by `0` and spaces of the same length so that every
// other offset stays where it was. And a text with more than MAX_TOKENS values is not parsed.
import { MAX_DEPTH, MAX_TOKENS } from './limits';

export interface LimitedJson {
  /** The text to parse: the text itself, or with over-deep values blanked out. */
  text: string;
  /** Where the text passed MAX_TOKENS values: it must then not be parsed. */
  tooLargeAt?: number;
  /**
   * The `,` and `:` counted (outside strings, comments and blanked values; up to tooLargeAt): an
   * incremental parse adds up the counts of the parts it re-reads instead of scanning it all.
   */
  separators: number;
}

/** Bracket levels kept: one more than the tree keeps, so the tree reports the cut itself. */
const KEPT_LEVELS = MAX_DEPTH + 2;

export function limitJson(text: string): LimitedJson {
  let level = 0;
  let values = 0;
  let cut = -1; // where the blanked value began
  const ranges: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Strings end at their quote or, unterminated, at a line break (as jsonc-parser scans them).
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22 || d === 0x0a || d === 0x0d) break;
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      level++;
      if (level === KEPT_LEVELS + 1) cut = i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (level === KEPT_LEVELS + 1 && cut !== -1) {
        ranges.push([cut, i + 1]);
        cut = -1;
      }
      level = Math.max(0, level - 1);
    } else if (c === 0x2c /* , */ || c === 0x3a /* : */) {
      // Each separator adds a value (or a key) to the tree; blanked ones are never parsed.
      if (cut === -1 && ++values > MAX_TOKENS) return { text, tooLargeAt: i, separators: values };
    }
  }
  if (cut !== -1) ranges.push([cut, text.length]);
  if (ranges.length === 0) return { text, separators: values };
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(from, start), '0', ' '.repeat(end - start - 1));
    from = end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), separators: values };
}
