import { disableLineEdit, type RuleId } from '@parley/lint';
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentChecks } from './checks.js';
import { type DataFix, type DiagnosticData, dataOf } from './diagnostics.js';

/**
 * A quick fix from the engine, as an LSP code action whose edit is pinned to `version`: an editor refuses
 * to apply it to any other version of the document, so a fix computed for older text can never corrupt
 * newer text.
 */
export function fixAction(
  uri: string,
  version: number,
  fix: DataFix,
  diagnostic: Diagnostic,
  preferred: boolean,
) {
  const edits: TextEdit[] = fix.edits.map((e) => ({ range: e.range, newText: e.newText }));
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] },
  } satisfies CodeAction;
}

/**
 * The edit that silences `rule` on `line` with `<!-- parley-disable-next-line RULE -->`: the engine's
 * {@link disableLineEdit} (which keeps a wrapped paragraph whole), in LSP positions.
 */
export function disableEdit(doc: TextDocument, line: number, rule: RuleId): TextEdit {
  const edit = disableLineEdit(doc.getText(), doc.offsetAt({ line, character: 0 }), rule);
  return {
    range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) },
    newText: edit.newText,
  };
}

/** "Disable RULE for this line", pinned to `version` like every other fix. */
export function disableAction(doc: TextDocument, diagnostic: Diagnostic, rule: RuleId) {
  const edit = disableEdit(doc, diagnostic.range.start.line, rule);
  return {
    title: `Disable ${rule} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, [edit])] },
  } satisfies CodeAction;
}

/**
 * Quick fixes for the diagnostics a client asks about: the engine's fixes (taken from the current check when
 * the client's marker is from an older version), then one "disable" action per rule and line.
 */
export function codeActions(checks: DocumentChecks, params: CodeActionParams): CodeAction[] {
  if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k)))
    return [];
  const f = checks.fresh(params.textDocument.uri);
  if (!f) return [];
  const { doc, analysed } = f;
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  for (const diagnostic of params.context.diagnostics) {
    const data = dataOf(diagnostic);
    if (!data) continue;
    let fixes = data.fixes;
    if (data.version !== doc.version) {
      // The editor's marker is from an older version: take the fixes from the current check instead, for
      // the same rule at the marker's (already moved) place. Offsets of the old fixes would be wrong.
      const current = analysed.diagnostics.find((d) => {
        const cd = d.data as DiagnosticData;
        return (
          cd.rule === data.rule &&
          d.range.start.line === diagnostic.range.start.line &&
          d.message === diagnostic.message
        );
      });
      fixes = current ? (current.data as DiagnosticData).fixes : [];
    }
    fixes.forEach((fix, i) => {
      actions.push(fixAction(doc.uri, doc.version, fix, diagnostic, i === 0));
    });
    const key = `${data.rule}:${diagnostic.range.start.line}`;
    if (!disabled.has(key)) {
      disabled.add(key);
      actions.push(disableAction(doc, diagnostic, data.rule));
    }
  }
  // Quick fixes first, "disable" actions after them.
  return actions.sort(
    (a, b) => Number(a.title.startsWith('Disable ')) - Number(b.title.startsWith('Disable ')),
  );
}

/** Serves {@link codeActions} as `textDocument/codeAction`. */
export function serveCodeActions(checks: DocumentChecks): void {
  checks.session.connection.onCodeAction((params) => codeActions(checks, params));
}
