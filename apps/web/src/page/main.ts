/**
 * The page's entry: starts the engine worker first, so that fetching and compiling the dataset overlaps
 * with loading the editor, then loads the rest of the page.
 */
import { EngineClient } from '../engine/client.js';
import './page.css';

const engine = new EngineClient();
import('./checker.js')
  .then(({ startChecker, problem }) => startChecker(engine).catch((e: Error) => problem(e.message)))
  .catch((e: Error) => {
    document.querySelector('#engine-status')!.textContent = `The page failed to load: ${e.message}`;
  });
