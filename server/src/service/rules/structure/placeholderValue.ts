import { guideSource, type Rule } from '../rule';
import { nameOfEntry, placeholderOf } from './memberFacts';

export const placeholderValue: Rule = {
  id: 'placeholder-value',
  severity: 'warning',
  summary:
    'No value is left as a placeholder (`<load-balancer-arn>`, `${ARN}`, `{{arn}}`, `%Arn%`) or an empty string.',
  constraint:
    'Skeleton documents hold placeholders or empty strings where a script fills in values before it calls the AWS CLI; passed as they are, the request carries them and the API rejects it. Said once per value, as a warning; no other rule judges such a value.',
  sources: [
    guideSource(
      'AWS CLI User Guide',
      'Generating skeletons and input files',
      'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html',
    ),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const entry of context.binding.entries) {
      const placeholder = placeholderOf(entry);
      if (!placeholder || entry.node.type !== 'scalar') continue;
      context.report(
        entry.node,
        placeholder === 'empty'
          ? `${nameOfEntry(entry)} is an empty string, a value still to be filled in: the API rejects it as it is. Fill it in, or remove it if it is optional.`
          : `${nameOfEntry(entry)} is the placeholder \`${String(entry.node.value)}\`: fill it in before the file goes to the AWS CLI, which would send it as it is.`,
      );
    }
  },
};
