// The CloudFormation form of a suppression: an ELBv2 resource's
// `Metadata: { elbv2-ls: { ignore: [rule-id, …] } }` (JSON has no comments). Read here, and
// silenced by the same pass as comments (suppression/ignoreLists.ts).
import type { IgnoreList } from '../suppression/ignoreLists';
import { isObject, propertyValue, type ParsedDocument } from '../syntax/tree';
import { stringOf } from './intrinsics';
import { elbv2Resources, isTemplate, readTemplate } from './template';

export function templateIgnoreLists(document: ParsedDocument): IgnoreList[] {
  const root = document.root;
  if (!isTemplate(root)) return [];
  const lists: IgnoreList[] = [];
  for (const resource of elbv2Resources(readTemplate(root))) {
    const body = resource.property.value;
    const metadata = isObject(body) ? propertyValue(body, 'Metadata') : undefined;
    const own = isObject(metadata) ? propertyValue(metadata, 'elbv2-ls') : undefined;
    const ignore = isObject(own) ? own.properties.find((p) => p.key.value === 'ignore') : undefined;
    if (!ignore) continue;
    const items = ignore.value.type === 'array' ? ignore.value.items : [ignore.value];
    const ids = items.flatMap((item) => {
      const id = stringOf(item);
      return id === undefined ? [] : [{ id, start: item.start, end: item.end }];
    });
    lists.push({
      resource: { start: resource.property.start, end: resource.property.end },
      at: { start: ignore.key.start, end: ignore.key.end },
      ids,
    });
  }
  return lists;
}
