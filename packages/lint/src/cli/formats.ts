import { rules } from '../rules/registry.js';
import type { Diagnostic } from '../rules/types.js';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

/** One line per finding: `file:line:col severity rule message` (1-based line and column). */
export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(
        `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${d.message}`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** A JSON array of findings, 1-based lines and columns, with message ids and data, evidence and fixes. */
export function formatJson(results: FileResult[]): string {
  const out = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      file: r.file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: d.severity,
      rule: d.rule,
      messageId: d.messageId,
      data: d.data,
      message: d.message,
      url: d.url,
      evidence: d.evidence,
      fixes: d.fixes.map((f) => ({
        title: f.title,
        edits: f.edits.map((e) => ({
          line: e.range.start.line + 1,
          column: e.range.start.character + 1,
          endLine: e.range.end.line + 1,
          endColumn: e.range.end.character + 1,
          newText: e.newText,
        })),
      })),
    })),
  );
  return `${JSON.stringify(out, null, 2)}\n`;
}

const sarifLevel = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, for code-scanning dashboards. */
export function formatSarif(results: FileResult[], version: string, toUri: (file: string) => string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'parley',
            informationUri: 'https://github.com/parley-dev/parley',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              helpUri: `https://github.com/parley-dev/parley/blob/main/packages/lint/docs/rules/${r.id}.md`,
              defaultConfiguration: { level: sarifLevel[r.severity] },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: rules.findIndex((x) => x.id === d.rule),
            level: sarifLevel[d.severity],
            message: { text: d.message },
            properties: { messageId: d.messageId, data: d.data },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file) },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
            ...(d.fixes.length
              ? {
                  fixes: d.fixes.map((f) => ({
                    description: { text: f.title },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: toUri(r.file) },
                        replacements: f.edits.map((e) => ({
                          deletedRegion: {
                            startLine: e.range.start.line + 1,
                            startColumn: e.range.start.character + 1,
                            endLine: e.range.end.line + 1,
                            endColumn: e.range.end.character + 1,
                          },
                          insertedContent: { text: e.newText },
                        })),
                      },
                    ],
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
