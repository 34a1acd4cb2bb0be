// What the transform rules share: the sources that say which configuration each transform type
// takes, and what the CloudFormation schema requires of it.
import { TRANSFORM_CONFIG_MEMBERS } from '../../model/ruleConditionFacts';
import { apiSource, guideSource, type RuleSource } from '../rule';

/** The RuleTransform members whose documentation says which type each configuration belongs to. */
export const TRANSFORM_CONFIG_SOURCES: RuleSource[] = Object.values(TRANSFORM_CONFIG_MEMBERS).map((m) =>
  apiSource('RuleTransform', m),
);

/** The CloudFormation registry schema of ListenerRule, which requires each transform's Rewrites. */
export const LISTENER_RULE_RESOURCE_SCHEMA: RuleSource = guideSource(
  'AWS CloudFormation',
  'AWS::ElasticLoadBalancingV2::ListenerRule (Transform, RewriteConfigObject)',
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-transform.html',
);
