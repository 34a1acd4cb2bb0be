import { apiSource, type Rule } from '../rule';
import { factsOfEntry, nameOfEntry } from './memberFacts';

export const valueOutOfRange: Rule = {
  id: 'value-out-of-range',
  severity: 'error',
  summary: 'Numbers are within their documented range.',
  constraint:
    'Ports are 1–65535, action Order 1–50000, forward Weight 0–999, stickiness DurationSeconds 1–604800, health-check interval 5–300 s, timeout 2–120 s and thresholds 2–10.',
  sources: [
    apiSource('CreateListener', 'Port'),
    apiSource('Action', 'Order'),
    apiSource('TargetGroupTuple', 'Weight'),
    apiSource('CreateTargetGroup', 'HealthCheckIntervalSeconds'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const entry of context.binding.entries) {
      const { node } = entry;
      if (node.type !== 'scalar' || typeof node.value !== 'number') continue;
      const range = factsOfEntry(entry)?.range;
      if (!range || (node.value >= range.min && node.value <= range.max)) continue;
      const nearest = node.value < range.min ? range.min : range.max;
      context.report(
        node,
        `${nameOfEntry(entry)} must be between ${range.min} and ${range.max}; ${node.value} is ${node.value < range.min ? 'too small' : 'too large'}. The nearest allowed value is ${nearest}.`,
      );
    }
  },
};
