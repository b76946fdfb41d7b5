import type { DatasetIndex } from '@parley/dataset';
import { citationFilterText, citationKeyAt as lintCitationKeyAt, sourceCard } from '@parley/lint';
import {
  type CompletionItem,
  CompletionItemKind,
  MarkupKind,
  type Position,
  type Range,
} from 'vscode-languageserver/node.js';
import type { Session } from './session.js';

/**
 * Where a citation key is being typed on `line` at `position` (the engine's {@link lintCitationKeyAt}, in
 * LSP positions): the range of the partial key after `[@` or `; @`, through any key characters right of the
 * cursor, so accepting replaces the whole key.
 */
export function citationKeyAt(line: string, position: Position): Range | undefined {
  const at = lintCitationKeyAt(line, position.character);
  if (!at) return undefined;
  return {
    start: { line: position.line, character: at.start },
    end: { line: position.line, character: at.end },
  };
}

/** One completion item per source key, replacing `range` (the partial key). */
export function citationCompletions(index: DatasetIndex, range: Range): CompletionItem[] {
  return index.dataset.sources.map((s, i) => {
    const where = [s.outlet ?? s.publisher ?? 'outlet not named', s.publishedAt.date].join(' · ');
    return {
      label: s.id,
      kind: CompletionItemKind.Reference,
      labelDetails: { description: where },
      detail: `${s.title} — ${where}`,
      documentation: { kind: MarkupKind.Markdown, value: sourceCard(index, s) },
      filterText: citationFilterText(s),
      sortText: String(i).padStart(4, '0'),
      textEdit: { range, newText: s.id },
    };
  });
}

/** Completion of citation keys after `[@`, each with its source's card. */
export function serveCompletion(session: Session): void {
  session.connection.onCompletion((params) => {
    const doc = session.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const line = doc.getText({
      start: { line: params.position.line, character: 0 },
      end: { line: params.position.line + 1, character: 0 },
    });
    const range = citationKeyAt(line.replace(/\r?\n$/, ''), params.position);
    if (!range) return null;
    return { isIncomplete: false, items: citationCompletions(session.model.index, range) };
  });
}
