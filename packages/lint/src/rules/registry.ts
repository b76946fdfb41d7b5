import { citationUnknownKey } from './citation/unknown-key.js';
import { citationUnsupported } from './citation/unsupported.js';
import { claimUncited } from './claim/uncited.js';
import { dateMismatch } from './date/mismatch.js';
import { directiveUnknownRule } from './directive/unknown-rule.js';
import { figureMismatch } from './figure/mismatch.js';
import { isRuleId, ruleIdList } from './ids.js';
import { nameSpelling } from './name/spelling.js';
import { quoteMisattributed } from './quote/misattributed.js';
import { quoteMismatch } from './quote/mismatch.js';
import { roleMismatch } from './role/mismatch.js';
import type { Rule, RuleId } from './types.js';

/** Every rule, in the order their findings are reported for the same position. */
export const rules: readonly Rule[] = [
  citationUnknownKey,
  citationUnsupported,
  figureMismatch,
  quoteMismatch,
  quoteMisattributed,
  dateMismatch,
  roleMismatch,
  nameSpelling,
  claimUncited,
  directiveUnknownRule,
];

export { isRuleId };
export const ruleIds: readonly RuleId[] = ruleIdList;

/** Where each rule's page lives, in the repository and in the published package. */
export const DOCS_BASE = 'https://github.com/parley-dev/parley/blob/main/packages/lint/docs/rules/';
export const docsUrl = (id: RuleId): string => `${DOCS_BASE}${id}.md`;
