import { PassThrough } from 'node:stream';
import { dataset } from '@parley/dataset';
import { compile } from '@parley/lint';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { createConnection } from 'vscode-languageserver/node.js';
import {
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { DocumentChecks } from '../src/checks.js';
import { Session } from '../src/session.js';
import { Settings } from '../src/settings.js';

const model = compile(dataset);

/** The documents-and-diagnostics part alone, in process, over a real JSON-RPC pair of streams. */
async function start() {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  const session = new Session(server, dataset, model);
  const checks = new DocumentChecks(session, new Settings(session));
  server.onInitialize(() => ({ capabilities: { textDocumentSync: 1 } }));
  session.documents.listen(server);
  server.listen();
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const published: PublishDiagnosticsParams[] = [];
  let waiters: { uri: string; resolve: () => void }[] = [];
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (const w of waiters.filter((w) => w.uri === p.uri)) w.resolve();
    waiters = waiters.filter((w) => w.uri !== p.uri);
  });
  client.listen();
  await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    capabilities: {},
  });
  const next = (uri: string) => new Promise<void>((resolve) => waiters.push({ uri, resolve }));
  return {
    checks,
    published,
    async open(uri: string, text: string) {
      const done = next(uri);
      await client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
      await done;
    },
    async close(uri: string) {
      const done = next(uri);
      await client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      await done;
    },
    dispose() {
      client.dispose();
      server.dispose();
    },
  };
}

let running: Awaited<ReturnType<typeof start>> | undefined;
afterEach(() => running?.dispose());

describe('per-document state', () => {
  it('lives only while a document is open: many distinct drafts opened and closed leave nothing behind', async () => {
    running = await start();
    const { checks } = running;
    for (let i = 0; i < 40; i++) {
      const uri = `untitled:draft-${i}.md`;
      await running.open(uri, `Draft ${i}: Medinsky led the delegation of ${i + 3} people.`);
      expect(checks.fresh(uri)?.analysed.text).toContain(`Draft ${i}:`);
      if (i % 4 !== 3) await running.close(uri);
    }
    // Only the ten left open hold a check (and its copy of the text).
    expect(checks.size).toBe(10);
    expect(checks.fresh('untitled:draft-0.md')).toBeUndefined();
    for (let i = 3; i < 40; i += 4) await running.close(`untitled:draft-${i}.md`);
    expect(checks.size).toBe(0);
    // Closing publishes an empty list, so the editor drops the document's markers.
    expect(running.published.at(-1)).toEqual({ uri: 'untitled:draft-39.md', diagnostics: [] });
  });
});
