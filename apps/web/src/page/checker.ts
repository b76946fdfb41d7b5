/**
 * The checker page: the draft editor, the findings beside it, the card for what is at the cursor,
 * settings and exports. The engine runs in a worker (started by main.ts); this file wires the page to it.
 */
import type { EditorView } from '@codemirror/view';
import { createEditor, settingsChanged } from '../editor/editor.js';
import { cardElement } from '../editor/hover.js';
import type { EngineClient } from '../engine/client.js';
import { download } from '../export/download.js';
import { FindingsList, jumpTo } from '../findings/list.js';
import { settingsPanel } from '../settings/panel.js';
import { SettingsStore } from '../settings/store.js';
import { SAMPLE } from './sample.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** Shows a problem where a screen reader announces it. */
export const problem = (message: string) => {
  $('#engine-status').textContent = message;
};

/** Sets the page up around a started engine. */
export async function startChecker(engine: EngineClient) {
  const store = new SettingsStore(localStorage);

  const cardPanel = $('#cursor-card');
  let cardTimer: ReturnType<typeof setTimeout> | undefined;
  // The card for what is at the cursor, so cards are there for the keyboard as well as for the mouse.
  const showCardAtCursor = (view: EditorView) => {
    clearTimeout(cardTimer);
    cardTimer = setTimeout(async () => {
      const doc = view.state.doc;
      const card = await engine.hover(doc.toString(), store.config, view.state.selection.main.head);
      if (view.state.doc !== doc) return;
      cardPanel.replaceChildren(
        card
          ? cardElement(card)
          : Object.assign(document.createElement('p'), { textContent: 'Nothing here.' }),
      );
    }, 150);
  };

  const findings = new FindingsList($('#findings'), jumpTo);
  let checks = 0;
  // The editor takes typing at once; its first check waits in the worker's queue while the worker compiles
  // the dataset.
  const view = createEditor({
    parent: $('#editor'),
    doc: SAMPLE,
    engine,
    sources: engine.ready.then((info) => info.sources),
    config: () => store.config,
    onChecked: (v) => {
      findings.update(v);
      // A mark the end-to-end test and the benchmark wait on: the underlines for this text are in place.
      document.documentElement.dataset.parleyChecks = String(++checks);
      window.dispatchEvent(new CustomEvent('parley:checked', { detail: checks }));
    },
    onCursor: showCardAtCursor,
    onError: (e) => problem(`The check failed: ${e.message}`),
  });

  const info = await engine.ready;
  $('#dataset-version').textContent = `dataset ${info.datasetVersion} · engine ${info.lintVersion}`;
  settingsPanel($('#settings'), info.rules, store, () =>
    view.dispatch({ effects: settingsChanged.of(null) }),
  );

  const exportAs = async (format: 'json' | 'sarif') => {
    const output = await engine.export(view.state.doc.toString(), store.config, format, 'draft.md');
    download(
      format === 'json' ? 'parley-findings.json' : 'parley-findings.sarif',
      format === 'json' ? 'application/json' : 'application/sarif+json',
      output,
    );
  };
  $('#export-json').addEventListener('click', () => void exportAs('json'));
  $('#export-sarif').addEventListener('click', () => void exportAs('sarif'));
  $('#settings-download').addEventListener('click', () =>
    download('parley.config.json', 'application/json', store.json),
  );
}
