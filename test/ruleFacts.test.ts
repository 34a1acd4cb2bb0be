// Holds the listener-rule facts (server/src/service/model/ruleConditionFacts.ts) that come from the
// API reference against ../shared/reference/elbv2-service-2.json, so that a renamed field, a new
// configuration block or a changed sentence shows up here. Facts from the guides and the quotas
// page cite those pages in the rules' sources instead.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import { enumValues, member } from '../server/src/service/model/apiModel';
import {
  CONDITION_CONFIG_MEMBERS,
  LEGACY_VALUES_FIELDS,
  NETWORK_CONDITION_FIELDS,
  REGEX_VALUES_FIELDS,
  SINGLE_CONDITION_FIELDS,
  SOURCE_IP_MEMBER_FOR,
  TRANSFORM_CONFIG_MEMBERS,
} from '../server/src/service/model/ruleConditionFacts';
import { missingShared, sharedPath } from './support/shared';

const SERVICE = ['reference', 'elbv2-service-2.json'];
const skip = missingShared(...SERVICE);

interface Shape {
  members?: Record<string, { shape: string; documentation?: string }>;
  documentation?: string;
}
const shapes: Record<string, Shape> = skip
  ? {}
  : (JSON.parse(fs.readFileSync(sharedPath(...SERVICE), 'utf8')) as { shapes: Record<string, Shape> }).shapes;

const text = (html: string | undefined): string => (html ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const memberDoc = (structure: string, name: string): string =>
  text(shapes[structure]?.members?.[name]?.documentation);

describe('listener-rule facts against the service model', { skip }, () => {
  test('the condition fields are those RuleCondition Field lists, each with its configuration block', () => {
    const fieldDoc = memberDoc('RuleCondition', 'Field');
    for (const [field, config] of Object.entries(CONDITION_CONFIG_MEMBERS)) {
      assert.ok(fieldDoc.includes(field), `RuleCondition Field does not list ${field}`);
      assert.ok(member('RuleCondition', config), `RuleCondition has no ${config}`);
      assert.match(memberDoc('RuleCondition', config), new RegExp(`Specify only when Field is ${field}\\.`));
    }
    const configs = Object.keys(shapes['RuleCondition']?.members ?? {}).filter((m) => m.endsWith('Config'));
    assert.deepEqual(configs.sort(), Object.values(CONDITION_CONFIG_MEMBERS).sort());
  });

  test('fields that take one condition per rule, the legacy Values, RegexValues, and NLB rules', () => {
    const conditionDoc = text(shapes['RuleCondition']?.documentation);
    const once = /up to one of each of the following conditions: (.*?)\. /.exec(conditionDoc)?.[1] ?? '';
    assert.deepEqual(
      SINGLE_CONDITION_FIELDS.filter((f) => !once.includes(f)),
      [],
    );
    assert.ok(!once.includes('http-header') && !once.includes('query-string'));
    const legacy = /Specify only when Field is (.*?)\./.exec(memberDoc('RuleCondition', 'Values'))?.[1] ?? '';
    assert.deepEqual(
      LEGACY_VALUES_FIELDS.filter((f) => !legacy.includes(f)),
      [],
    );
    assert.match(memberDoc('RuleCondition', 'Values'), /a single host name/);
    assert.match(memberDoc('RuleCondition', 'Values'), /a single path pattern/);
    const regex =
      /Specify only when Field is (.*?)\./.exec(memberDoc('RuleCondition', 'RegexValues'))?.[1] ?? '';
    assert.deepEqual(
      REGEX_VALUES_FIELDS.filter((f) => !regex.includes(f)),
      [],
    );
    assert.equal(regex.split(/, | or /).length, REGEX_VALUES_FIELDS.length);
    const network = /For Network Load Balancer listener rules, the only supported condition is (\S+)\./.exec(
      conditionDoc,
    );
    assert.deepEqual(NETWORK_CONDITION_FIELDS, [network?.[1]]);
  });

  test('source-ip matches Values on an ALB and IpAddressType on an NLB', () => {
    const doc = text(shapes['SourceIpConditionConfig']?.documentation);
    assert.match(doc, new RegExp(`For Application Load Balancers, use ${SOURCE_IP_MEMBER_FOR.application}`));
    assert.match(doc, new RegExp(`For Network Load Balancers, use ${SOURCE_IP_MEMBER_FOR.network}`));
  });

  test('each transform type and its configuration block', () => {
    assert.deepEqual(
      Object.keys(TRANSFORM_CONFIG_MEMBERS).sort(),
      [...enumValues('TransformTypeEnum')].sort(),
    );
    for (const [type, config] of Object.entries(TRANSFORM_CONFIG_MEMBERS))
      assert.match(memberDoc('RuleTransform', config), new RegExp(`Specify only when Type is ${type}\\.`));
    assert.match(
      memberDoc('CreateRuleInput', 'Transforms'),
      /one host header rewrite transform and one URL rewrite transform/,
    );
    assert.match(memberDoc('ModifyRuleInput', 'Transforms'), /can't specify ResetTransforms/);
  });
});
