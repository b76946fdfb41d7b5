import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { citationKeyAt } from '@parley/lint';
import type { PageSource } from '../engine/protocol.js';

// Key characters, as the engine reads them: while only these are typed, the same list stays valid.
const KEY = /^[\p{L}\p{N}_:.#$%&\-+?<>~/]*$/u;

/**
 * Citation-key completion after `[@` (or `; @`), where the engine's {@link citationKeyAt} says a key is
 * being typed. Each source is matched by the engine's filter text (key, outlet, byline, date and title
 * words, as in the editor extension), shows its key, and carries its card. The sources come from the
 * worker once it has compiled the dataset; the editor takes input before that.
 */
export function citationCompletion(sources: PromiseLike<readonly PageSource[]>) {
  const options: PromiseLike<Completion[]> = sources.then((list) =>
    list.map((s, i) => ({
      label: s.filterText,
      displayLabel: s.key,
      detail: s.detail,
      apply: s.key,
      type: 'text',
      // Dataset order, as the editor extension sorts them, among equally good matches.
      boost: -i / list.length,
      info: () => {
        const card = document.createElement('div');
        card.className = 'parley-card';
        card.innerHTML = s.html;
        return card;
      },
    })),
  );
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const line = context.state.doc.lineAt(context.pos);
    const at = citationKeyAt(line.text, context.pos - line.from);
    if (!at) return null;
    return { from: line.from + at.start, to: line.from + at.end, options: await options, validFor: KEY };
  };
}
