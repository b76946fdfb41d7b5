import { dataset } from '@parley/dataset';
import { compile, type Diagnostic, lint, type RuleId } from '../src/index.js';

/** The real dataset, compiled once for every test file. */
export const model = compile(dataset);

/** Findings of one rule in a text of our own. */
export const findingsOf = (rule: RuleId, text: string): Diagnostic[] =>
  lint(text, model).filter((d) => d.rule === rule);

/** What a finding says, as its message id and data: what tests assert, not the wording. */
export const said = (d: Diagnostic): { messageId: string } & Record<string, unknown> => ({
  messageId: d.messageId,
  ...d.data,
});

/** Warnings and errors of every rule: what a reader would see. */
export const visible = (text: string): Diagnostic[] =>
  lint(text, model).filter((d) => d.severity === 'warning' || d.severity === 'error');
