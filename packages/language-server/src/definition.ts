import type { Location, LocationLink } from 'vscode-languageserver/node.js';
import type { DocumentChecks } from './checks.js';
import { cardAt } from './hover.js';
import { RECORD_REQUEST } from './protocol.js';
import { RECORD_SCHEME, RecordFiles, recordIdOf, recordMarkdown, recordUri } from './records.js';
import type { Session } from './session.js';

const emptyRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Record cards: where each record's read-only card lives (a `parley-record:` URI the client serves through
 * `parley/record`, or a file under the temporary folder), and "go to definition" from the draft to it.
 */
export class RecordCards {
  /** Card URIs by record id: bounded by the dataset, and every check asks for hundreds on a long draft. */
  readonly #uris = new Map<string, string | undefined>();
  #files: RecordFiles | undefined;

  constructor(readonly session: Session) {
    session.connection.onRequest(RECORD_REQUEST, (params: { uri?: string; id?: string }) => {
      const id = params.id ?? (params.uri ? recordIdOf(params.uri) : undefined);
      const markdown = id === undefined ? undefined : recordMarkdown(session.model.index, id);
      return markdown === undefined ? null : { markdown };
    });
  }

  /** The URI of a record's card, or undefined for an id the dataset does not hold. */
  readonly uri = (id: string): string | undefined => {
    if (this.#uris.has(id)) return this.#uris.get(id);
    const { model, init, dataset } = this.session;
    let uri: string | undefined;
    if (!model.index.get(id)) uri = undefined;
    else if (init.recordScheme === RECORD_SCHEME) uri = recordUri(id);
    else {
      this.#files ??= new RecordFiles(model.index, dataset.version);
      uri = this.#files.uri(id);
    }
    this.#uris.set(id, uri);
    return uri;
  };

  /** "Go to definition": from a name, figure, quote or citation key to its record's card. */
  serveDefinition(checks: DocumentChecks): void {
    this.session.connection.onDefinition((params): Location[] | LocationLink[] | null => {
      const card = cardAt(checks, params)?.card;
      if (!card || card.kind === 'unknown-source') return null;
      const uri = this.uri(card.id);
      if (!uri) return null;
      if (this.session.client.definitionLinks)
        return [
          {
            originSelectionRange: card.range,
            targetUri: uri,
            targetRange: emptyRange,
            targetSelectionRange: emptyRange,
          },
        ];
      return [{ uri, range: emptyRange }];
    });
  }
}
