// Where the cursor is, syntax aside: a key or a value position, the path from the document root
// to it, and the range of text a completion replaces (yamlCursor.ts and jsonCursor.ts find it),
// with the tree helpers both use.
import { property, type Node, type Property, type Syntax } from '../syntax/tree';

/** A member name, or the index of a list item. */
export type Segment = string | number;

export interface KeywordToken {
  /** The `#{…` being typed inside a string value, and its range. */
  typed: string;
  start: number;
  end: number;
}

export interface CursorContext {
  syntax: Syntax;
  position: 'key' | 'value';
  /** Key: the path of the object the key goes into. Value: the path of the value itself. */
  path: Segment[];
  /**
   * The tree to read the surroundings from: the document parsed with the token at the cursor
   * replaced by a placeholder, so that half-typed text still yields a tree.
   */
  root: Node | undefined;
  /** The property being typed (its key or its value), left out of "members already present". */
  cursorProperty?: Property;
  /** Keys of the object at the cursor, when the tree could not say (YAML indentation fallback). */
  siblingKeys?: readonly string[];
  /** YAML: where the indentation of the lines above puts the cursor, to try when `path` fails. */
  fallback?: { path: Segment[]; siblingKeys: readonly string[] };
  replaceStart: number;
  replaceEnd: number;
  /** The text of the token before the cursor, without its opening quote. */
  typed: string;
  /** The quote the token opens with, kept when a value is inserted. */
  quote?: '"' | "'";
  /** A `#{…` keyword being typed inside a string value. */
  keyword?: KeywordToken;
  /** YAML: the token directly follows a list item's dash (`- Ty`): a key or a list value. */
  listItemStart: boolean;
  /** A colon already follows the key: insert the name alone. */
  colonFollows: boolean;
  /** YAML: deeper-indented lines already follow the key: insert the name and colon alone. */
  hasChildren: boolean;
  /** YAML: column of the key, for indenting the lines a snippet adds. */
  column: number;
  /** YAML: the cursor directly follows the colon, so a value needs a space before it. */
  spaceBefore: boolean;
  /** JSON: text to add after a complete inserted item ("," when another item follows). */
  separatorAfter: string;
  /** JSON: text to add before an item (a comma when a value precedes it without one). */
  separatorBefore: string;
  /** JSON: the document is empty, so an inserted member needs braces around it. */
  wrapInObject: boolean;
  eol: string;
}

/** Stands in for the token at the cursor when re-parsing; never a real member or value. */
export const PLACEHOLDER = 'elbv2CompletionPlaceholder';

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The first node (or property, for keys) that satisfies `test`, depth first. */
export function findInTree<T>(
  root: Node | undefined,
  test: (node: Node) => T | undefined,
  enter: (node: Node) => boolean = () => true,
): T | undefined {
  const seen = new Set<Node>();
  const stack: Node[] = root && enter(root) ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (seen.has(node)) continue; // a YAML alias shares its node
    seen.add(node);
    const found = test(node);
    if (found !== undefined) return found;
    if (node.type === 'object') {
      for (const p of node.properties) if (enter(p.value)) stack.push(p.value);
    } else if (node.type === 'array') for (const item of node.items) if (enter(item)) stack.push(item);
  }
  return undefined;
}

/**
 * What `findInTree` finds, when the node sought contains `offset`: only the subtrees whose range
 * contains it are searched (a node lies within its parent's range), so a large document costs a
 * walk down to the offset instead of a walk of the whole tree.
 */
export function findAround<T>(
  root: Node | undefined,
  offset: number,
  test: (node: Node) => T | undefined,
): T | undefined {
  return findInTree(root, test, (node) => node.start <= offset && offset <= node.end);
}

/** The node a path leads to in a tree, if the tree has it. */
export function nodeAt(root: Node | undefined, path: readonly Segment[]): Node | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.type === 'array' ? node.items[segment] : undefined;
    else if (node.type === 'object') node = property(node, segment)?.value;
    else return undefined;
  }
  return node;
}
