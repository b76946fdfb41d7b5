import type { ParleyDataset } from '@parley/dataset';
import type { LintModel } from '@parley/lint';
import {
  type Connection,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { InitializationOptions } from './protocol.js';

/** What the client said about itself in `initialize`, as the server's parts need it. */
export interface ClientCapabilities {
  /** Pulls settings with `workspace/configuration`. */
  configuration: boolean;
  /** Accepts a dynamic registration for `workspace/didChangeWatchedFiles`. */
  watchFiles: boolean;
  /** Takes `LocationLink`s for "go to definition". */
  definitionLinks: boolean;
}

/**
 * What every part of one server shares: the connection, the open documents, the dataset compiled once, and
 * what the client sent in `initialize` (filled in then; read lazily by the parts).
 */
export class Session {
  readonly documents = new TextDocuments(TextDocument);
  /** Compiled once per server: every lint, hover and completion shares it. */
  readonly model: LintModel;
  init: InitializationOptions = {};
  client: ClientCapabilities = { configuration: false, watchFiles: false, definitionLinks: false };

  constructor(
    readonly connection: Connection,
    readonly dataset: ParleyDataset,
    model: LintModel,
  ) {
    this.model = model;
  }

  /** A notification, not window/showMessageRequest: nothing to answer, so nothing waits on the user. */
  warn(message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message,
    });
  }
}
