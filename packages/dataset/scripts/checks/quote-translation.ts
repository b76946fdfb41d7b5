import type { Problem } from '../problem.js';
import { type Check, evidenceOf, problemAt } from './context.js';

/**
 * A quote from a translated source is a translation, and says so: `translation.from` is the language the
 * source was translated from, and `language` the language of the words as stored. Words quoted from a
 * text in its own language are not marked as translated unless the record says why (`translation.note`).
 */
export const quoteTranslation: Check = (ctx) => {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.kind !== 'quote') continue;
    const translation = r.record.translation as { from: string; note?: string } | undefined;
    for (const e of evidenceOf(r)) {
      const source = ctx.byId.get(e.source)?.record;
      if (!source) continue;
      const from = source.translatedFrom as string | undefined;
      if (r.record.language !== source.language) {
        problems.push(
          problemAt(
            r,
            'language',
            `is ${String(r.record.language)} but ${e.source} is written in ${String(source.language)}`,
          ),
        );
      }
      if (from && translation?.from !== from) {
        problems.push(
          problemAt(
            r,
            'translation',
            `${e.source} is translated from ${from}, so these words are a translation: write translation: { from: ${from} }`,
          ),
        );
      }
      if (!from && translation && !translation.note) {
        problems.push(
          problemAt(r, 'translation.note', `${e.source} is not a translation; say why the words are (note)`),
        );
      }
    }
  }
  return problems;
};
