import type { RuleId } from '@parley/lint';
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

const FENCE = /^\s*(```|~~~)/;

/**
 * The edit that silences `rule` on `line` with `<!-- parley-disable-next-line RULE -->`.
 *
 * The comment goes on its own line above, indented like the line. When the line continues a paragraph
 * (the line above is prose), a comment line would split the paragraph in two when rendered (an HTML comment
 * at the start of a line starts an HTML block, even inside a paragraph), so the comment is appended to the
 * end of the line above instead, where it stays inline; the engine reads it as applying to the next line
 * either way.
 */
export function disableEdit(doc: TextDocument, line: number, rule: RuleId): TextEdit {
  const comment = `<!-- parley-disable-next-line ${rule} -->`;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)![0];
  if (line > 0) {
    const above = doc
      .getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } })
      .replace(/\r?\n$/, '');
    // Already a directive for the next line: add the rule to it (a second comment line would only silence
    // the first comment's line).
    const directive = /(<!--\s*parley-disable-next-line\b.*?)(\s*-->)\s*$/.exec(above);
    if (directive) {
      const at = { line: line - 1, character: directive.index + directive[1]!.length };
      return { range: { start: at, end: at }, newText: ` ${rule}` };
    }
    const prose = above.trim() !== '' && !FENCE.test(above) && !/-->\s*$/.test(above) && !/^\s*#/.test(above);
    if (prose) {
      const end = { line: line - 1, character: above.length };
      return { range: { start: end, end }, newText: ` ${comment}` };
    }
  }
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indent}${comment}\n` };
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
