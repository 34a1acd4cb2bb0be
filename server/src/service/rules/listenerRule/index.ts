// The rules of listener-rule documents (CreateRule, ModifyRule, SetRulePriorities, describe-rules),
// in the order they run. Their actions are checked by the action rules, as a listener's are.
import type { Rule } from '../rule';
import { conditionConfigMismatch } from './conditionConfigMismatch';
import { conditionFieldCount } from './conditionFieldCount';
import { conditionFieldLoadBalancerType } from './conditionFieldLoadBalancerType';
import { conditionFieldRequired } from './conditionFieldRequired';
import { conditionLegacyValues } from './conditionLegacyValues';
import { conditionValueRequired } from './conditionValueRequired';
import { conditionValuesField } from './conditionValuesField';
import { conditionValuesPerCondition } from './conditionValuesPerCondition';
import { hostHeaderValue } from './hostHeaderValue';
import { httpHeaderName } from './httpHeaderName';
import { listenerRuleLoadBalancerType } from './listenerRuleLoadBalancerType';
import { pathPatternValue } from './pathPatternValue';
import { queryStringValue } from './queryStringValue';
import { regexUnsupportedFeature } from './regexUnsupportedFeature';
import { ruleConditionValues } from './ruleConditionValues';
import { ruleConditionWildcards } from './ruleConditionWildcards';
import { ruleConditionsRequired } from './ruleConditionsRequired';
import { rulePriorityUnique } from './rulePriorityUnique';
import { rulePriorityValue } from './rulePriorityValue';
import { sourceIpConfig } from './sourceIpConfig';
import { sourceIpValue } from './sourceIpValue';
import { transformConfigMismatch } from './transformConfigMismatch';
import { transformConfigMissing } from './transformConfigMissing';
import { transformRequiresApplicationLoadBalancer } from './transformRequiresApplicationLoadBalancer';
import { transformsResetConflict } from './transformsResetConflict';
import { transformTypeCount } from './transformTypeCount';

export const LISTENER_RULE_RULES: readonly Rule[] = [
  listenerRuleLoadBalancerType,
  rulePriorityValue,
  rulePriorityUnique,
  ruleConditionsRequired,
  conditionFieldRequired,
  conditionConfigMismatch,
  conditionValuesField,
  conditionLegacyValues,
  conditionValueRequired,
  conditionFieldCount,
  conditionFieldLoadBalancerType,
  conditionValuesPerCondition,
  ruleConditionValues,
  ruleConditionWildcards,
  hostHeaderValue,
  pathPatternValue,
  httpHeaderName,
  queryStringValue,
  sourceIpValue,
  sourceIpConfig,
  regexUnsupportedFeature,
  transformConfigMismatch,
  transformConfigMissing,
  transformTypeCount,
  transformsResetConflict,
  transformRequiresApplicationLoadBalancer,
];
