import type { Analysis } from '../analysis.js';
import type { DateClaim } from '../date/claims.js';
import type { Range } from '../document/lines.js';
import type { FigureClaim } from '../figure/claims.js';
import type { LintModel } from '../model.js';
import type { QuoteClaim } from '../quote/claims.js';
import type { RoleClaim } from '../role/claims.js';

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
  | 'claim/uncited';

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

/** One finding, with everything a shell needs to show and fix it. */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
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

/** What a rule returns before severities, ranges and inline directives are applied. */
export interface Finding {
  start: number;
  end: number;
  message: string;
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

export interface RuleContext {
  model: LintModel;
  analysis: Analysis;
  figures: FigureClaim[];
  quotes: QuoteClaim[];
  dates: DateClaim[];
  roles: RoleClaim[];
  spellings: SpellingOptions;
}

/** A rule: metadata plus a check over the analysed draft. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  /** One line: what the rule reports. */
  summary: string;
  check(ctx: RuleContext): Finding[];
}
