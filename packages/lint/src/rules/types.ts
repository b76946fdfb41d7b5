import type { Analysis } from '../analysis.js';
import type { Directives } from '../config/directives.js';
import type { DateClaim } from '../date/claims.js';
import type { Range } from '../document/lines.js';
import type { FigureClaim } from '../figure/claims.js';
import type { LintModel } from '../model.js';
import type { QuoteClaim } from '../quote/claims.js';
import type { RoleClaim } from '../role/claims.js';
import type { Statement } from '../statement/statements.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Stable rule ids: a public contract named by drafts, configs and CI scripts. */
export type RuleId =
  | 'citation/unknown-key'
  | 'citation/unsupported'
  | 'figure/mismatch'
  | 'quote/mismatch'
  | 'quote/misattributed'
  | 'date/mismatch'
  | 'role/mismatch'
  | 'name/spelling'
  | 'claim/uncited'
  | 'directive/unknown-rule';

/** A replacement of [start, end) of the draft. */
export interface TextEdit {
  start: number;
  end: number;
  range: Range;
  newText: string;
}

/** A fix a user can apply in one step. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** The dataset fact a diagnostic relies on: a source and the excerpt that states it. */
export interface EvidenceRef {
  source: string;
  excerpt: string;
  /** Id of the record the evidence belongs to. */
  record: string;
}

/** What fills a message's placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

/** One finding, with everything a shell needs to show and fix it. */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  /** Which of the rule's messages this is: stable, for tests and tools (the wording may change). */
  messageId: string;
  /** What the message says, as values: the words, numbers and records it names. */
  data: MessageData;
  message: string;
  /** Offsets in the draft, [start, end). */
  start: number;
  end: number;
  /** 0-based lines and UTF-16 characters, as in LSP. */
  range: Range;
  evidence: EvidenceRef[];
  fixes: Fix[];
  /** The rule's documentation. */
  url: string;
}

/** What a rule returns before severities, ranges, messages and inline directives are applied. */
export interface Finding<M extends string = string> {
  start: number;
  end: number;
  messageId: M;
  data: MessageData;
  evidence: EvidenceRef[];
  fixes?: { title: string; edits: { start: number; end: number; newText: string }[] }[];
}

/** Spelling preferences from the configuration. */
export interface SpellingOptions {
  /** House style: these spellings win over other accepted spellings of the same name. */
  prefer: string[];
  /** Spellings never flagged, deprecated or not. */
  accept: string[];
}

/** A checked draft: the analysis and every claim found in it, shared by the rules and the hovers. */
export interface RuleContext {
  model: LintModel;
  analysis: Analysis;
  figures: FigureClaim[];
  quotes: QuoteClaim[];
  dates: DateClaim[];
  roles: RoleClaim[];
  /** Every checkable statement that the dataset confirms, in draft order. */
  statements: Statement[];
  /** Keys cited by each sentence (a citation covers the sentence it closes). */
  citedBySentence: ReadonlyMap<number, readonly string[]>;
  directives: Directives;
  spellings: SpellingOptions;
}

/**
 * A rule: metadata, its messages by id (templates: `{name}` is filled from the finding's data; `[…]` is
 * left out when a placeholder in it is empty), and a check over the checked draft.
 */
export interface Rule<M extends string = string> {
  id: RuleId;
  severity: Severity;
  /** One line: what the rule reports. */
  summary: string;
  messages: Readonly<Record<M, string>>;
  check(ctx: RuleContext): Finding<M>[];
}

/** Declares a rule, typing its findings' message ids by its messages. */
export const defineRule = <M extends string>(rule: Rule<M>): Rule<M> => rule;
