import type { Problem } from '../problem.js';
import { type Check, clip, containsWords, evidenceOf, problemAt } from './context.js';
import { statedNumber } from './figure-number.js';

/**
 * A figure reports the quantity it points at: one of that quantity's nouns (what follows the number) is in
 * the figure's text or excerpts. A figure pointed at another quantity of the same unit (aircraft hit for
 * aircraft destroyed, drones launched for drones intercepted) fails on the nouns or on the unit check. (The
 * context words are not required: the linter also identifies a count by its day or occasion, which a
 * figure's excerpt may leave to the sentence before.)
 */
export const figureQuantity: Check = (ctx) => {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.kind !== 'figure') continue;
    const q = ctx.byId.get(String(r.record.quantity));
    if (q?.kind !== 'quantity') continue;
    const { nouns } = q.record.terms as { nouns: string[] };
    const texts = [String(r.record.text), ...evidenceOf(r).map((e) => e.excerpt)];
    // "under the age of 25": the parser reads the counted noun as years.
    const aged = statedNumber(String(r.record.text))?.age === true && nouns.some((n) => /^years?$/.test(n));
    if (!aged && !nouns.some((n) => texts.some((t) => containsWords(t, n))))
      problems.push(
        problemAt(
          r,
          'quantity',
          `${q.id} counts ${nouns.join(' / ')}, but the figure's text and excerpts ("${clip(texts[0]!, 60)}") name none of them`,
        ),
      );
  }
  return problems;
};
