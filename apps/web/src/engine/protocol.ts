/**
 * What the page and the engine's worker say to each other. Everything crossing is plain data (structured
 * clone): offsets into the text the worker was given, and cards already rendered as HTML.
 */
import type { Config, RuleId, Severity } from '@parley/lint';

/** One of the engine's fixes, as offsets into the checked text. */
export interface PageFix {
  title: string;
  edits: { start: number; end: number; newText: string }[];
}

/** An engine diagnostic, reduced to what the page shows and applies. */
export interface PageDiagnostic {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  url: string;
  fixes: PageFix[];
}

/** A rule as the settings panel lists it. */
export interface PageRule {
  id: RuleId;
  summary: string;
  severity: Severity;
}

/** A source as citation completion offers it (the engine's filter text and card). */
export interface PageSource {
  key: string;
  detail: string;
  filterText: string;
  html: string;
}

/** A hover card: the engine's Markdown rendered to HTML, and the span it is about. */
export interface PageCard {
  kind: string;
  start: number;
  end: number;
  html: string;
}

export type ExportFormat = 'json' | 'sarif';

/** Page → worker. Each request names the text it is about; the worker reuses its last check of that text. */
export type EngineRequest =
  | { id: number; type: 'check'; text: string; config: Config }
  | { id: number; type: 'hover'; text: string; config: Config; offset: number }
  | { id: number; type: 'export'; text: string; config: Config; format: ExportFormat; file: string };

/** Worker → page. */
export type EngineMessage =
  | { type: 'ready'; datasetVersion: string; lintVersion: string; rules: PageRule[]; sources: PageSource[] }
  | { id: number; type: 'checked'; diagnostics: PageDiagnostic[]; ms: number }
  | { id: number; type: 'hover'; card: PageCard | undefined }
  | { id: number; type: 'export'; output: string }
  | { id: number; type: 'failed'; error: string };
