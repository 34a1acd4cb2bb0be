// The rules of this group, in the order they run.
import type { Rule } from '../rule';

export const TARGET_GROUP_RULES: readonly Rule[] = [];
