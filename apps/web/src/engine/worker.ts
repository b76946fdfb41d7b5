/**
 * The engine in a Web Worker, so typing never waits on a check, and the draft never leaves the browser:
 * requests in, {@link EngineSession}'s answers out.
 */
import type { EngineMessage, EngineRequest } from './protocol.js';
import { EngineSession } from './session.js';

// The worker's global scope, typed by what this file uses of it (the page's lib is DOM, not WebWorker).
interface WorkerScope {
  postMessage(message: EngineMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

const session = new EngineSession();
scope.addEventListener('message', (event) => {
  try {
    scope.postMessage(session.answer(event.data));
  } catch (e) {
    scope.postMessage({ id: event.data.id, type: 'failed', error: (e as Error).message });
  }
});

scope.postMessage(session.ready());
