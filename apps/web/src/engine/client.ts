import type { Config } from '@parley/lint';
import type {
  EngineMessage,
  EngineRequest,
  ExportFormat,
  PageCard,
  PageDiagnostic,
  PageRule,
  PageSource,
} from './protocol.js';

/** What the worker announces once the dataset is compiled. */
export interface EngineInfo {
  datasetVersion: string;
  lintVersion: string;
  rules: PageRule[];
  sources: PageSource[];
}

type Answer = Exclude<EngineMessage, { type: 'ready' }>;
// Distributes over the request union, so each variant keeps its own fields when the id is left out.
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * The page's side of the engine worker. Checks are coalesced: while one runs, only the newest text waits
 * (a check of text already typed over would be thrown away by the editor anyway), so a fast typist never
 * builds a queue in front of the latest keystroke.
 */
export class EngineClient {
  readonly ready: Promise<EngineInfo>;
  readonly #worker: Worker;
  readonly #waiting = new Map<number, (answer: Answer) => void>();
  #next = 1;
  #checking = false;
  #queued: { text: string; config: Config; resolve: (d: PageDiagnostic[] | undefined) => void } | undefined;

  constructor() {
    this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'parley' });
    this.ready = new Promise((resolve, reject) => {
      this.#worker.addEventListener('error', (e) =>
        reject(new Error(`the engine failed to start: ${e.message}`)),
      );
      this.#worker.addEventListener('message', (event: MessageEvent<EngineMessage>) => {
        const message = event.data;
        if (message.type === 'ready') return resolve(message);
        const waiting = this.#waiting.get(message.id);
        this.#waiting.delete(message.id);
        waiting?.(message);
      });
    });
  }

  #send(request: Unsent<EngineRequest>): Promise<Answer> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#worker.postMessage({ ...request, id } as EngineRequest);
    });
  }

  /**
   * The findings for `text`, or undefined when a newer text replaced this one before it was checked.
   * Throws the engine's error if the check failed.
   */
  check(text: string, config: Config): Promise<PageDiagnostic[] | undefined> {
    if (this.#checking) {
      this.#queued?.resolve(undefined);
      return new Promise((resolve) => {
        this.#queued = { text, config, resolve };
      });
    }
    this.#checking = true;
    return this.#send({ type: 'check', text, config }).then((answer) => {
      this.#checking = false;
      const queued = this.#queued;
      this.#queued = undefined;
      if (queued)
        this.check(queued.text, queued.config).then(queued.resolve, () => queued.resolve(undefined));
      if (answer.type === 'failed') throw new Error(answer.error);
      return answer.type === 'checked' ? answer.diagnostics : [];
    });
  }

  /** The engine's card for what is at `offset` of `text`, if anything. */
  async hover(text: string, config: Config, offset: number): Promise<PageCard | undefined> {
    const answer = await this.#send({ type: 'hover', text, config, offset });
    return answer.type === 'hover' ? answer.card : undefined;
  }

  /** The findings for `text` in one of the CLI's formats. */
  async export(text: string, config: Config, format: ExportFormat, file: string): Promise<string> {
    const answer = await this.#send({ type: 'export', text, config, format, file });
    if (answer.type !== 'export') throw new Error(answer.type === 'failed' ? answer.error : 'no export');
    return answer.output;
  }
}
