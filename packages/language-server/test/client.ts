import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';
import {
  type ClientCapabilities,
  type CodeAction,
  CodeActionRequest,
  type CompletionList,
  CompletionRequest,
  ConfigurationRequest,
  type Definition,
  DefinitionRequest,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  type FileEvent,
  type Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type LocationLink,
  type Position,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Registration,
  RegistrationRequest,
  ShowMessageNotification,
  type ShowMessageParams,
  ShutdownRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

const here = dirname(fileURLToPath(import.meta.url));
/** The built server, as a user runs it. */
export const serverBin = resolve(here, '..', 'dist', 'bin.js');
/** The repository root; `../shared` beside it holds the drafts. */
export const repoRoot = resolve(here, '..', '..', '..');
export const draftsDir = resolve(repoRoot, '..', 'shared', 'drafts');

export interface Planted {
  file: string;
  line: number;
  rule: string;
}
/** The planted mistakes: file, 1-based line and rule (../shared/drafts/expected.json). */
export const planted = (): Planted[] =>
  JSON.parse(readFileSync(join(draftsDir, 'expected.json'), 'utf8')).planted;
export const draftFiles = (): string[] =>
  readdirSync(draftsDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
export const draftText = (file: string): string => readFileSync(join(draftsDir, file), 'utf8');
export const draftUri = (file: string): string => pathToFileURL(join(draftsDir, file)).href;

export interface StartOptions {
  initializationOptions?: unknown;
  capabilities?: ClientCapabilities;
  workspaceFolders?: string[];
  /** Answers `workspace/configuration` (when the capability is announced). */
  configuration?: () => unknown;
}

/** A minimal LSP client over the server's stdio: real JSON-RPC, as an editor speaks it. */
export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  #waiters: {
    test: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  initializeResult!: InitializeResult;
  stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new TestClient(child, connection);
    child.stderr!.on('data', (b: Buffer) => {
      client.stderr += b.toString();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      client.published.push(p);
      client.#waiters = client.#waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    connection.onNotification(ShowMessageNotification.type, (p) => {
      client.messages.push(p);
    });
    connection.onNotification((method, params) => {
      client.notifications.push({ method, params });
    });
    connection.onRequest(RegistrationRequest.type, (p) => {
      client.registrations.push(...p.registrations);
    });
    connection.onRequest(ConfigurationRequest.type, (p) =>
      p.items.map(() => options.configuration?.() ?? null),
    );
    connection.listen();
    const folders = options.workspaceFolders ?? [draftsDir];
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folders[0]!).href,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: f })),
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** The next (or an already received) publication for `uri` that passes `test`. */
  diagnostics(
    uri: string,
    test: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    const found = this.published.find((p) => p.uri === uri && test(p));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.#waiters.push({
        test: (p) => p.uri === uri && test(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Diagnostics published for exactly this version of the document. */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.diagnostics(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  async open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  async change(
    uri: string,
    version: number,
    contentChanges: TextDocumentContentChangeEvent[],
  ): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  completion(uri: string, position: Position): Promise<CompletionList | null> {
    return this.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
    }) as Promise<CompletionList | null>;
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    }) as Promise<CodeAction[]>;
  }

  definition(uri: string, position: Position): Promise<Definition | LocationLink[] | null> {
    return this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
  }

  async configurationChanged(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** `shutdown` then `exit`, as an editor closes a server; resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the server without the protocol, for tests that failed half-way. */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}

/** Position of the `nth` occurrence of `needle` in `text` (0-based line and UTF-16 character), plus `delta`. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” not in the text`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
