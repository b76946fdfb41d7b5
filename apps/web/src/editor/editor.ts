import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { linter, lintKeymap, setDiagnosticsEffect } from '@codemirror/lint';
import { EditorState, StateEffect } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { Config } from '@parley/lint';
import type { EngineClient } from '../engine/client.js';
import type { PageSource } from '../engine/protocol.js';
import { citationCompletion } from './completion.js';
import { toCodeMirror } from './diagnostics.js';
import { engineHover } from './hover.js';

/** Dispatched when the settings change, so the draft is checked again with them. */
export const settingsChanged = StateEffect.define<null>();

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  engine: EngineClient;
  /** The sources for citation completion, once the worker has them. */
  sources: PromiseLike<readonly PageSource[]>;
  config: () => Config;
  /** After the engine's findings for the current text are in the editor (underlined). */
  onChecked: (view: EditorView) => void;
  /** After the cursor or the text moved. */
  onCursor: (view: EditorView) => void;
  onError: (error: Error) => void;
}

/**
 * The draft editor: Markdown, the engine's findings through CodeMirror's lint extension (underlines, a
 * tooltip with the fixes as actions), its hover cards and citation-key completion.
 */
export function createEditor(options: EditorOptions): EditorView {
  const { engine, config } = options;
  const lint = linter(
    async (view) => {
      try {
        const found = await engine.check(view.state.doc.toString(), config());
        // Superseded by newer text: the lint extension drops results for a document that has moved on.
        return (found ?? []).map(toCodeMirror);
      } catch (e) {
        options.onError(e as Error);
        return [];
      }
    },
    {
      // The worker does the waiting: a check starts at once and only the newest text queues behind it.
      delay: 0,
      needsRefresh: (update) =>
        update.transactions.some((tr) => tr.effects.some((e) => e.is(settingsChanged))),
    },
  );
  return new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        // Markdown without `markdown()`'s embedded HTML, CSS and JavaScript modes: drafts are prose, and those
        // modes would triple the page's size.
        new LanguageSupport(markdownLanguage),
        syntaxHighlighting(defaultHighlightStyle),
        lint,
        engineHover(engine, config),
        autocompletion({ override: [citationCompletion(options.sources)], icons: false }),
        keymap.of([...completionKeymap, ...lintKeymap, ...historyKeymap, ...defaultKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': 'Draft (Markdown)', spellcheck: 'false' }),
        EditorView.updateListener.of((update) => {
          if (update.transactions.some((tr) => tr.effects.some((e) => e.is(setDiagnosticsEffect))))
            options.onChecked(update.view);
          if (update.selectionSet || update.docChanged) options.onCursor(update.view);
        }),
      ],
    }),
  });
}
