import { anchorOf } from '../../syntax/tree';
import { apiSource, guideSource, type Rule } from '../rule';

/** `--load-balancer-arn` for LoadBalancerArn: the option the AWS CLI derives from a member name. */
function cliOption(member: string): string {
  return `--${member.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
}

export const missingIdentifyingMember: Rule = {
  id: 'missing-identifying-member',
  severity: 'warning',
  summary:
    'A request names its resource (LoadBalancerArn, ListenerArn, Name or TargetGroupArn), in the file or on the command line.',
  constraint:
    'The member that names the resource a request creates or changes is required, but members can be given on the command line beside --cli-input-json or --cli-input-yaml, and that one often is (`aws elbv2 create-target-group --name web --cli-input-json file://tg.json`). A file without it is checked as the request its other members belong to.',
  sources: [
    apiSource('CreateTargetGroup', 'Name'),
    guideSource(
      'AWS CLI User Guide',
      'Generating skeletons and input files',
      'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html',
    ),
  ],
  scope: 'document',
  fixable: false,
  check(context) {
    const { kind } = context;
    const root = context.document.root;
    if (!kind?.input || root?.type !== 'object') return;
    if (root.properties.some((p) => p.key.value === kind.key)) return;
    context.report(
      anchorOf(root),
      `This ${kind.label} has no \`${kind.key}\`, which it needs. Pass it on the command line (\`${cliOption(kind.key)}\`) beside this file, or add it here.`,
    );
  },
};
