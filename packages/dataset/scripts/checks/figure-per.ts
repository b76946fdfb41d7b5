import type { Problem } from '../problem.js';
import { type Check, problemAt } from './context.js';
import { statedNumber } from './figure-number.js';

/**
 * A figure the parser reads as per side ("1,000-for-1,000", "6,000 … each") says `per: each-side`, and a
 * figure that says each-side has a text that says so: a total and a per-side count differ by half.
 */
export const figurePer: Check = (ctx) => {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.kind !== 'figure') continue;
    const text = String(r.record.text);
    const n = statedNumber(text);
    const per = r.record.per as string | undefined;
    if (n?.perSide && per !== 'each-side') {
      problems.push(
        problemAt(
          r,
          'per',
          `is ${per ?? 'missing'} but the text "${text}" counts for each side; write per: each-side`,
        ),
      );
    } else if (per === 'each-side' && n && !n.perSide) {
      problems.push(problemAt(r, 'per', `is each-side but the text "${text}" does not say each or per side`));
    }
  }
  return problems;
};
