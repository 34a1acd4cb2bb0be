import { MAX_TAGS_PER_RESOURCE, RESERVED_TAG_PREFIX } from '../../model/facts';
import { isArray, isObject, property, keyRangeOf } from '../../syntax/tree';
import { guideSource, type Rule } from '../rule';

export const tagRestrictions: Rule = {
  id: 'tag-restrictions',
  severity: 'error',
  summary: `A resource has at most ${MAX_TAGS_PER_RESOURCE} tags, and no tag key starts with \`${RESERVED_TAG_PREFIX}\`.`,
  constraint: `Elastic Load Balancing takes at most ${MAX_TAGS_PER_RESOURCE} tags per resource, and keeps the \`${RESERVED_TAG_PREFIX}\` prefix for AWS's own tags. (The characters and lengths of keys and values are the API's patterns, checked by pattern-mismatch and invalid-length.)`,
  sources: [
    guideSource(
      'Application Load Balancers',
      'Tag an Application Load Balancer (Restrictions)',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-tags.html',
    ),
    guideSource(
      'Network Load Balancers',
      'Tag a Network Load Balancer (Restrictions)',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-tags.html',
    ),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    if (!context.kind?.input) return;
    for (const entry of context.binding.entries) {
      if (entry.owner?.member.name !== 'Tags' || !isArray(entry.node)) continue;
      const tags = entry.node;
      if (tags.items.length > MAX_TAGS_PER_RESOURCE)
        context.report(
          keyRangeOf(tags),
          `\`Tags\` lists ${tags.items.length} tags, but a resource takes at most ${MAX_TAGS_PER_RESOURCE}. Remove ${tags.items.length - MAX_TAGS_PER_RESOURCE}.`,
        );
      for (const tag of tags.items) {
        const key = isObject(tag) ? property(tag, 'Key')?.value : undefined;
        if (key?.type !== 'scalar' || typeof key.value !== 'string') continue;
        if (key.value.startsWith(RESERVED_TAG_PREFIX))
          context.report(
            key,
            `The tag key \`${key.value}\` starts with \`${RESERVED_TAG_PREFIX}\`, which AWS keeps for its own tags: the request is refused. Choose another key.`,
          );
      }
    }
  },
};
