import { type Diagnostic, forEachDiagnostic } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

interface Shown {
  from: number;
  to: number;
  diagnostic: Diagnostic;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The findings beside the draft, from the editor's own lint state (so the list and the underlines are one
 * set): filterable by rule; a click or Enter on one puts the cursor on it. The summary line is a live
 * region, so a screen reader hears the count change after each check.
 */
export class FindingsList {
  readonly #list: HTMLOListElement;
  readonly #filter: HTMLSelectElement;
  readonly #summary: HTMLElement;
  #shown: Shown[] = [];
  /** What the list shows now, to skip rebuilding it unchanged. */
  #key: string | undefined;

  constructor(
    root: HTMLElement,
    private readonly onJump: (view: EditorView, from: number, to: number) => void,
  ) {
    this.#list = root.querySelector('#findings-list')!;
    this.#filter = root.querySelector('#findings-filter')!;
    this.#summary = root.querySelector('#findings-summary')!;
    this.#filter.addEventListener('change', () => this.#view && this.update(this.#view));
  }

  #view: EditorView | undefined;

  /** Shows the findings now in the editor. */
  update(view: EditorView): void {
    this.#view = view;
    const all: Shown[] = [];
    forEachDiagnostic(view.state, (diagnostic, from, to) => all.push({ diagnostic, from, to }));
    // While typing, most checks find the same things at the same places: nothing is rebuilt then (hundreds
    // of items per keystroke would hold up the next one, and a screen reader would hear the count again).
    const key = [
      this.#filter.value,
      ...all.map(({ diagnostic: d, from, to }) => `${from}:${to}:${d.severity}:${d.source}:${d.message}`),
    ].join('\n');
    if (key === this.#key) return;
    this.#key = key;
    const rules = [...new Set(all.map((s) => s.diagnostic.source!))].sort();
    const chosen = this.#filter.value;
    this.#filter.replaceChildren(new Option(`All rules (${all.length})`, ''));
    for (const rule of rules) {
      const count = all.filter((s) => s.diagnostic.source === rule).length;
      this.#filter.append(new Option(`${rule} (${count})`, rule));
    }
    this.#filter.value = rules.includes(chosen) ? chosen : '';
    this.#shown = this.#filter.value ? all.filter((s) => s.diagnostic.source === this.#filter.value) : all;

    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const s of all) counts[s.diagnostic.severity]++;
    const parts = (['error', 'warning', 'info', 'hint'] as const)
      .filter((k) => counts[k])
      .map((k) => plural(counts[k], k));
    const summary = all.length ? `${plural(all.length, 'finding')}: ${parts.join(', ')}` : 'No findings';
    if (this.#summary.textContent !== summary) this.#summary.textContent = summary;

    const doc = view.state.doc;
    const items = document.createDocumentFragment();
    for (const { diagnostic, from, to } of this.#shown) {
      const line = doc.lineAt(from);
      const part = (tag: string, className: string, text: string) => {
        const el = document.createElement(tag);
        el.className = className;
        el.textContent = text;
        return el;
      };
      const button = document.createElement('button');
      button.type = 'button';
      button.append(
        part('span', 'finding-where', `Line ${line.number}:${from - line.from + 1}`),
        ' ',
        part('span', 'finding-severity', diagnostic.severity),
        ' ',
        part('code', 'finding-rule', diagnostic.source ?? ''),
        part('span', 'finding-message', diagnostic.message),
      );
      button.addEventListener('click', () => this.onJump(view, from, to));
      const item = document.createElement('li');
      item.className = `finding finding-${diagnostic.severity}`;
      item.append(button);
      items.append(item);
    }
    this.#list.replaceChildren(items);
  }
}

/** Puts the cursor on a finding, scrolled into view, with the editor focused (so its fixes are one key away). */
export function jumpTo(view: EditorView, from: number, to: number): void {
  view.dispatch({ selection: EditorSelection.range(from, to), scrollIntoView: true });
  view.focus();
}
