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
    this.#summary.textContent = all.length
      ? `${plural(all.length, 'finding')}: ${parts.join(', ')}`
      : 'No findings';

    const doc = view.state.doc;
    this.#list.replaceChildren(
      ...this.#shown.map(({ diagnostic, from, to }) => {
        const item = document.createElement('li');
        item.className = `finding finding-${diagnostic.severity}`;
        const button = document.createElement('button');
        button.type = 'button';
        const line = doc.lineAt(from);
        button.innerHTML =
          '<span class="finding-where"></span> <span class="finding-severity"></span> <code class="finding-rule"></code><span class="finding-message"></span>';
        button.querySelector('.finding-where')!.textContent = `Line ${line.number}:${from - line.from + 1}`;
        button.querySelector('.finding-severity')!.textContent = diagnostic.severity;
        button.querySelector('.finding-rule')!.textContent = diagnostic.source ?? '';
        button.querySelector('.finding-message')!.textContent = diagnostic.message;
        button.addEventListener('click', () => this.onJump(view, from, to));
        item.append(button);
        return item;
      }),
    );
  }
}

/** Puts the cursor on a finding, scrolled into view, with the editor focused (so its fixes are one key away). */
export function jumpTo(view: EditorView, from: number, to: number): void {
  view.dispatch({ selection: EditorSelection.range(from, to), scrollIntoView: true });
  view.focus();
}
