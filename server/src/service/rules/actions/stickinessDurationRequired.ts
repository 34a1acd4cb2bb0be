import { insertProperty } from '../../edits';
import { factsFor } from '../../model/facts';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

/** The placeholder the quick fix writes: one hour, within the documented range. */
const PLACEHOLDER_SECONDS = 3600;
const RANGE = factsFor('TargetGroupStickinessConfig', 'DurationSeconds')?.range;

export const stickinessDurationRequired: Rule = {
  id: 'stickiness-duration-required',
  severity: 'error',
  summary: 'Target group stickiness that is enabled says how long it lasts (DurationSeconds).',
  constraint:
    'Turning on target group stickiness in a forward action needs DurationSeconds: how many seconds a client keeps being sent to the same target group.',
  sources: [apiSource('TargetGroupStickinessConfig', 'DurationSeconds')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const config of context.binding.objectsOf('TargetGroupStickinessConfig')) {
      const enabled = property(config, 'Enabled');
      if (enabled?.value.type !== 'scalar' || enabled.value.value !== true) continue;
      if (property(config, 'DurationSeconds')) continue;
      const range = RANGE ? ` (${RANGE.min} to ${RANGE.max} seconds)` : '';
      context.report(
        enabled.value,
        `Stickiness is enabled but has no \`DurationSeconds\`: say how long a client stays with the same target group${range}, or set \`Enabled: false\`.`,
        [
          {
            title: `Add \`DurationSeconds: ${PLACEHOLDER_SECONDS}\``,
            edits: [insertProperty(context.document, config, 'DurationSeconds', String(PLACEHOLDER_SECONDS))],
          },
        ],
      );
    }
  },
};
