// The rules of a CloudFormation template itself: what its ELBv2 resources name (parameters,
// resources, conditions, mappings). Their properties are checked by every other rule
// (validation/checkTemplate.ts).
import type { Rule } from '../rule';
import { templateCondition } from './templateCondition';
import { templateIntrinsicType } from './templateIntrinsicType';
import { templateMapping } from './templateMapping';
import { templateRequiredProperty, templateUnknownProperty } from './templateProperty';
import { templateReference } from './templateReference';

export const TEMPLATE_RULES: readonly Rule[] = [
  templateUnknownProperty,
  templateRequiredProperty,
  templateReference,
  templateIntrinsicType,
  templateCondition,
  templateMapping,
];
