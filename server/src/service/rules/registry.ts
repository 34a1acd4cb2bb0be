// Every rule, in the order they run. An explicit list, so the bundle stays static and
// docs/rules.md can be generated from it.
import { ACTION_RULES } from './actions';
import { ATTRIBUTE_RULES } from './attributes';
import { LISTENER_RULES } from './listener';
import { LOAD_BALANCER_RULES } from './loadBalancer';
import { LISTENER_RULE_RULES } from './listenerRule';
import type { Rule } from './rule';
import { invalidEc2Id } from './structure/invalidEc2Id';
import { invalidEnumValue } from './structure/invalidEnumValue';
import { invalidItemCount } from './structure/invalidItemCount';
import { invalidLength } from './structure/invalidLength';
import { missingIdentifyingMember } from './structure/missingIdentifyingMember';
import { missingRequiredMember } from './structure/missingRequiredMember';
import { patternMismatch } from './structure/patternMismatch';
import { placeholderValue } from './structure/placeholderValue';
import { tagRestrictions } from './structure/tagRestrictions';
import { unknownMember } from './structure/unknownMember';
import { valueOutOfRange } from './structure/valueOutOfRange';
import { wrongType } from './structure/wrongType';
import { SUPPRESSION_RULES } from './suppression';
import { TARGET_GROUP_RULES } from './targetGroup';
import { TEMPLATE_RULES } from './template';
import {
  documentTooComplex,
  duplicateKey,
  jsonSyntax,
  unknownDocumentKind,
  yamlSyntax,
} from './syntax/syntaxRules';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  jsonSyntax,
  duplicateKey,
  documentTooComplex,
  unknownDocumentKind,
  unknownMember,
  placeholderValue,
  wrongType,
  missingRequiredMember,
  missingIdentifyingMember,
  invalidEnumValue,
  valueOutOfRange,
  invalidLength,
  invalidItemCount,
  patternMismatch,
  invalidEc2Id,
  tagRestrictions,
  ...LISTENER_RULES,
  ...ACTION_RULES,
  ...TARGET_GROUP_RULES,
  ...ATTRIBUTE_RULES,
  ...LOAD_BALANCER_RULES,
  ...LISTENER_RULE_RULES,
  ...TEMPLATE_RULES,
  ...SUPPRESSION_RULES,
];
