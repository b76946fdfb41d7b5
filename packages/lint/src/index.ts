/**
 * @parley/lint: checks a Markdown draft's citations, quotes, figures, dates, roles and names against
 * @parley/dataset. The engine is pure (text, dataset and config in; diagnostics out) and serves the CLI, the
 * language server and the GraphQL gateway alike.
 * @packageDocumentation
 */
export { type Analysis, analyze, type Mention } from './analysis.js';
export { type Citation, type CitedKey, findCitations } from './citation/citations.js';
export { citationFilterText, citationKeyAt } from './citation/completion.js';
export { type FileResult, formatJson, formatSarif, formatText } from './cli/formats.js';
export { type Config, ConfigError, mergeConfigs, parseConfig, validateConfig } from './config/config.js';
export { disableLineEdit } from './config/disable-line.js';
export { LineIndex, type Position, type Range } from './document/lines.js';
export { entityCard, sourceCard } from './hover/cards.js';
export { type HoverCard, inspect } from './hover/inspect.js';
export { check, diagnose, type LintResult, lint, lintWithContext, type ModelSource } from './linter.js';
export { compile, LintModel } from './model.js';
export { formatMessage } from './rules/message.js';
export { docsUrl, isRuleId, ruleIds, rules } from './rules/registry.js';
export type {
  Diagnostic,
  EvidenceRef,
  Finding,
  Fix,
  MessageData,
  Rule,
  RuleContext,
  RuleId,
  Severity,
  TextEdit,
} from './rules/types.js';
