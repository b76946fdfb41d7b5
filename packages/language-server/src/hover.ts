import { type HoverCard, inspect } from '@parley/lint';
import { type Hover, MarkupKind, type TextDocumentPositionParams } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentChecks } from './checks.js';

/** The engine's card for what is at a position, from the document's current check (run now if waiting). */
export function cardAt(
  checks: DocumentChecks,
  params: TextDocumentPositionParams,
): { doc: TextDocument; card?: HoverCard } | undefined {
  const f = checks.fresh(params.textDocument.uri);
  if (!f) return undefined;
  const { context, diagnostics } = f.analysed.result;
  // With the draft's findings, so the card opens with the one at this place.
  return { doc: f.doc, card: inspect(context, f.doc.offsetAt(params.position), diagnostics) };
}

/** Hover: the engine's card (figure, quote, person or other entity, citation) as Markdown. */
export function serveHover(checks: DocumentChecks): void {
  checks.session.connection.onHover((params): Hover | null => {
    const card = cardAt(checks, params)?.card;
    if (!card) return null;
    return { contents: { kind: MarkupKind.Markdown, value: card.markdown }, range: card.range };
  });
}
