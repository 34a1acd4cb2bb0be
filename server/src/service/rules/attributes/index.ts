// The rules of this group, in the order they run.
import type { Rule } from '../rule';
import { attributeDependency } from './attributeDependency';
import { attributeNotApplicable } from './attributeNotApplicable';
import { attributeResourcesMixed, attributeResourceUnknown } from './attributeResources';
import { invalidAttributeValue } from './invalidAttributeValue';
import { unknownAttributeKey } from './unknownAttributeKey';

export const ATTRIBUTE_RULES: readonly Rule[] = [
  unknownAttributeKey,
  attributeNotApplicable,
  invalidAttributeValue,
  attributeDependency,
  attributeResourceUnknown,
  attributeResourcesMixed,
];
