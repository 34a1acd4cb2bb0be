// The SDK's own paragraph about one attribute key, cut out of the documentation of the
// TargetGroupAttribute / LoadBalancerAttribute / ListenerAttribute `Key` member in the generated
// model: what hover and completion show for a key. Nothing here restates it.
import { member } from './apiModel';
import { ATTRIBUTE_STRUCTURE, type AttributeResource } from './attributes';

/** A bullet that starts a key's paragraph: `-  \`stickiness.type\` - …`. */
const KEY_BULLET = /^-\s+`([a-z0-9_]+(?:\.[a-z0-9_]+)+)`\s+-\s/;

const cache = new Map<string, string | undefined>();

/** The paragraph (with its nested list of values, if any) about `key`, or undefined. */
export function attributeKeyDoc(resource: AttributeResource, key: string): string | undefined {
  const id = `${resource} ${key}`;
  if (cache.has(id)) return cache.get(id);
  const lines = (member(ATTRIBUTE_STRUCTURE[resource], 'Key')?.doc ?? '').split('\n');
  const start = lines.findIndex((l) => KEY_BULLET.exec(l)?.[1] === key);
  let text: string | undefined;
  if (start >= 0) {
    const own: string[] = [(lines[start] ?? '').replace(/^-\s+/, '')];
    for (const line of lines.slice(start + 1)) {
      if (KEY_BULLET.test(line) || /^The following/.test(line)) break;
      own.push(line);
    }
    text = own.join('\n').trim();
  }
  cache.set(id, text);
  return text;
}
