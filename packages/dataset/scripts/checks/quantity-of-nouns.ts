import { foldName } from '../../src/lookup/fold.js';
import type { Problem } from '../problem.js';
import { type Check, problemAt } from './context.js';

/**
 * A quantity's `ofNouns` count it only after one of its nouns and "of": one that is also among its nouns
 * would count it anywhere, and the restriction would say nothing.
 */
export const quantityOfNouns: Check = (ctx) => {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.kind !== 'quantity') continue;
    const terms = r.record.terms as { nouns: string[]; ofNouns?: string[] };
    const nouns = new Set(terms.nouns.map(foldName));
    (terms.ofNouns ?? []).forEach((noun, i) => {
      if (nouns.has(foldName(noun)))
        problems.push(
          problemAt(
            r,
            `terms.ofNouns[${i}]`,
            `"${noun}" is also one of the nouns; a word counts this quantity either anywhere (nouns) or only after "<noun> of" (ofNouns), not both`,
          ),
        );
    });
  }
  return problems;
};
