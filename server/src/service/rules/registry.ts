// Every rule, in the order they run. An explicit list, so the bundle stays static and
// docs/rules.md can be generated from it.
import { ACTION_RULES } from './actions';
import { LISTENER_RULES } from './listener';
import type { Rule } from './rule';
import { invalidEnumValue } from './structure/invalidEnumValue';
import { invalidItemCount } from './structure/invalidItemCount';
import { invalidLength } from './structure/invalidLength';
import { missingRequiredMember } from './structure/missingRequiredMember';
import { patternMismatch } from './structure/patternMismatch';
import { unknownMember } from './structure/unknownMember';
import { valueOutOfRange } from './structure/valueOutOfRange';
import { wrongType } from './structure/wrongType';
import { SUPPRESSION_RULES } from './suppression';
import { TARGET_GROUP_RULES } from './targetGroup';
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
  wrongType,
  missingRequiredMember,
  invalidEnumValue,
  valueOutOfRange,
  invalidLength,
  invalidItemCount,
  patternMismatch,
  ...LISTENER_RULES,
  ...ACTION_RULES,
  ...TARGET_GROUP_RULES,
  ...SUPPRESSION_RULES,
];
