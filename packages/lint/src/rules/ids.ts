import type { RuleId } from './types.js';

/** Every rule id, in the order rules report findings at one position. */
export const ruleIdList: readonly RuleId[] = [
  'citation/unknown-key',
  'citation/unsupported',
  'figure/mismatch',
  'quote/mismatch',
  'quote/misattributed',
  'date/mismatch',
  'role/mismatch',
  'name/spelling',
  'claim/uncited',
  'directive/unknown-rule',
];

const known = new Set<string>(ruleIdList);

/** Whether a string is a rule id. */
export const isRuleId = (s: string): s is RuleId => known.has(s);
