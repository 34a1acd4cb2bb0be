// The cursor in a JSON document: jsonc-parser's scanner says the path and whether a property
// name is being typed; the text around the cursor says what to replace and which separators an
// inserted item needs so that the document stays valid.
import { getLocation } from 'jsonc-parser';
import { limitJson } from '../syntax/jsonLimits';
import { parseJson } from '../syntax/parseJson';
import { owningProperty, pathOf, type Node, type Property } from '../syntax/tree';
import { eolOf, findInTree, PLACEHOLDER, type CursorContext } from './cursorContext';

export function jsonCursor(text: string, offset: number): CursorContext | undefined {
  // Limited like the parse: jsonc-parser's scanner recurses once per nesting level.
  const limited = limitJson(text);
  if (limited.tooLargeAt !== undefined) return undefined;
  const location = getLocation(limited.text, offset);
  const context: CursorContext = {
    syntax: 'json',
    position: location.isAtPropertyKey ? 'key' : 'value',
    path: location.isAtPropertyKey ? location.path.slice(0, -1) : [...location.path],
    root: undefined,
    replaceStart: offset,
    replaceEnd: offset,
    typed: '',
    listItemStart: false,
    colonFollows: false,
    hasChildren: false,
    column: 0,
    spaceBefore: false,
    separatorAfter: '',
    separatorBefore: '',
    wrapInObject: false,
    eol: eolOf(text),
  };
  const previous = location.previousNode;
  const inString =
    previous !== undefined &&
    (previous.type === 'string' || previous.type === 'property') &&
    offset > previous.offset &&
    offset <= previous.offset + previous.length && // an unterminated string ends at its line break
    text[previous.offset] === '"';
  if (inString) {
    const end = previous.offset + previous.length;
    const terminated = previous.length >= 2 && text[end - 1] === '"' && text[end - 2] !== '\\';
    if (terminated && offset >= end) return undefined; // after a complete string
    context.quote = '"';
    context.replaceStart = previous.offset;
    context.replaceEnd = terminated ? end : offset + wordLengthAt(text, offset);
    context.typed = text.slice(previous.offset + 1, offset);
    const at = context.typed.lastIndexOf('#{');
    if (at >= 0 && !context.typed.slice(at).includes('}')) {
      const tail = /^[a-z]*\}?/.exec(text.slice(offset, context.replaceEnd))?.[0] ?? '';
      context.keyword = {
        typed: context.typed.slice(at),
        start: offset - (context.typed.length - at),
        end: offset + tail.length,
      };
    }
  } else {
    if (previous && offset >= previous.offset + previous.length) return undefined; // after a complete value
    context.replaceStart = offset - wordLengthBefore(text, offset);
    context.replaceEnd = offset + wordLengthAt(text, offset);
    context.typed = text.slice(context.replaceStart, offset);
  }

  if (text.trim() === '' || (location.path.length === 0 && context.position === 'value')) {
    if (text.slice(0, context.replaceStart).trim() !== '' || text.slice(context.replaceEnd).trim() !== '')
      return undefined; // outside the document's value
    context.position = 'key';
    context.path = [];
    context.wrapInObject = true;
    return context;
  }
  const rest = text.slice(context.replaceEnd).trimStart();
  const next = rest[0];
  const last = text.slice(0, context.replaceStart).trimEnd().slice(-1);
  const closed = next === undefined || '}],'.includes(next);
  context.colonFollows = context.position === 'key' && next === ':';
  context.separatorAfter = closed ? '' : ',';
  if (context.position === 'key') {
    context.separatorBefore = last !== '' && !'{,['.includes(last) ? ',' : '';
  } else {
    // A value goes after a colon, or into a list; never in front of a value already there.
    if (!closed && !startsWithKey(rest)) return undefined;
    const afterSeparator = last !== '' && ':[,'.includes(last);
    const inList = typeof location.path[location.path.length - 1] === 'number';
    if (!afterSeparator) {
      if (!inList || last === '') return undefined;
      context.separatorBefore = ','; // a new list item right after the previous one
    }
  }

  if (context.position === 'value') {
    const repaired =
      text.slice(0, context.replaceStart) + JSON.stringify(PLACEHOLDER) + text.slice(context.replaceEnd);
    context.root = parseJson(repaired).root;
    const found = findInTree<Node>(context.root, (n) =>
      n.type === 'scalar' && n.value === PLACEHOLDER ? n : undefined,
    );
    if (found) {
      context.path = pathOf(found);
      const owner = owningProperty(found);
      if (owner) context.cursorProperty = owner;
    }
  } else {
    context.root = parseJson(text).root;
    const typing = findInTree<Property>(context.root, (n) =>
      n.type === 'object' ? n.properties.find((p) => p.key.start < offset && offset <= p.key.end) : undefined,
    );
    if (typing) context.cursorProperty = typing;
  }
  return context;
}

/** Scanned backwards: `/[\w-]*$/` on the text before the cursor is quadratic in a long word. */
function wordLengthBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /[\w-]/.test(text[start - 1] ?? '')) start--;
  return offset - start;
}

function wordLengthAt(text: string, offset: number): number {
  return /^[\w-]*/.exec(text.slice(offset))?.[0].length ?? 0;
}

/**
 * Whether the text starts with a JSON string and a colon: a key. Scanned by hand, not by a
 * regular expression: a group repeated once per character overflows the regexp stack on a string
 * of a few million characters.
 */
function startsWithKey(text: string): boolean {
  if (text[0] !== '"') return false;
  let i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') break;
  }
  if (i >= text.length) return false;
  for (i++; i < text.length && /\s/.test(text[i] ?? ''); i++);
  return text[i] === ':';
}
