import type { Diagnostic as EngineDiagnostic, RuleId, Severity } from '@parley/lint';
import {
  type Diagnostic,
  type DiagnosticRelatedInformation,
  DiagnosticSeverity,
  type TextEdit,
} from 'vscode-languageserver/node.js';

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
 * Translates one engine diagnostic to LSP. `cardUri` gives the location of a record's card, so related
 * information ("reported by …") opens the evidence; it returns undefined where no card can be shown.
 */
export function toLspDiagnostic(
  d: EngineDiagnostic,
  version: number,
  cardUri: (recordId: string) => string | undefined,
): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const e of d.evidence) {
    const uri = cardUri(e.record);
    if (!uri) continue;
    related.push({
      location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
      message: `${e.source}: “${e.excerpt}”`,
    });
  }
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
    ...(related.length > 0 ? { relatedInformation: related } : {}),
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
