import type { Diagnostic as EngineDiagnostic, RuleId, Severity } from '@parley/lint';
import { type Diagnostic, DiagnosticSeverity, type TextEdit } from 'vscode-languageserver/node.js';

/** One of the engine's fixes, as LSP edits. */
export interface DataFix {
  title: string;
  edits: TextEdit[];
}

/** What a Parley diagnostic carries in `data`, so a quick fix needs no second analysis. */
export interface DiagnosticData {
  /** The document version the diagnostic (and its fixes' ranges) was computed for. */
  version: number;
  rule: RuleId;
  fixes: DataFix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Source name shown by editors next to each message. */
export const SOURCE = 'parley';

/**
 * Translates one engine diagnostic to LSP.
 *
 * No `relatedInformation`: editors show it as one line per evidence under the message, labelled with the
 * record card's file name and position (VS Code: `drones-…-nyt-little-progress.md(1, 1)`), pushing the
 * message itself out of view, and the hover card already names each report in plain words. The evidence
 * stays one step away: "go to definition" opens the record's card, which quotes every excerpt.
 */
export function toLspDiagnostic(d: EngineDiagnostic, version: number): Diagnostic {
  // Ranges and replacement text only: the engine's offsets are of no use to a client, and every byte of
  // a long draft's hundreds of diagnostics crosses the wire on each check.
  const fixes = d.fixes.map((f) => ({
    title: f.title,
    edits: f.edits.map((e) => ({ range: e.range, newText: e.newText })),
  }));
  const data: DiagnosticData = { version, rule: d.rule, fixes };
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: d.url },
    source: SOURCE,
    message: d.message,
    data,
  };
}

/** Reads back what {@link toLspDiagnostic} stored, or undefined for a diagnostic that is not ours. */
export function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (d.source !== SOURCE || !data || typeof data.version !== 'number' || !Array.isArray(data.fixes))
    return undefined;
  return data as DiagnosticData;
}
