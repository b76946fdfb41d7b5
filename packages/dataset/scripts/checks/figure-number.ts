import { findNumbers, type NumberExpr } from '@parley/numbers';
import { foldName } from '../../src/lookup/fold.js';
import type { Problem } from '../problem.js';
import { type Check, problemAt } from './context.js';

interface Value {
  exactness: string;
  amount?: number;
  min?: number;
  max?: number;
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;

// The parser's "nearly" is the schema's a-little-under: both say the number is just short of the value.
const qualifierOf = (n: NumberExpr): string => (n.qualifier === 'nearly' ? 'a-little-under' : n.qualifier);

/** The number a figure's text states: the first that counts a whole (not "another 172", "382 of the 472"). */
export const statedNumber = (text: string): NumberExpr | undefined =>
  findNumbers(foldName(text)).find((n) => n.partial === undefined);

/**
 * A figure's value is what its text states, read by @parley/numbers (the linter's parser): the same amount,
 * the same qualifier ("over 50,000" is more-than, not exact), and for a vague figure ("several", "dozens")
 * no numbers at all, since no source gives its bounds. Where the parser reads a bare number and the record a
 * qualifier the parser does not know ("under the age of 25", "within two weeks"), the record is trusted: the
 * qualifier's words are in the text, which the provenance check has proved occurs in the excerpt.
 * Times of day are left out by the parser on purpose, so hour-of-day units are not read.
 */
export const figureNumber: Check = (ctx) => {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.kind !== 'figure') continue;
    const text = String(r.record.text);
    const v = r.record.value as Value;
    if (String(r.record.unit).startsWith('hour-of-day')) continue;
    const n = statedNumber(text);
    if (v.exactness === 'vague') {
      for (const k of ['amount', 'min', 'max'] as const) {
        if (v[k] !== undefined)
          problems.push(
            problemAt(
              r,
              `value.${k}`,
              `is ${v[k]} but "${text}" is vague and states no number; a vague figure carries no bounds the source does not give`,
            ),
          );
      }
      if (n && n.qualifier !== 'vague')
        problems.push(
          problemAt(r, 'value.exactness', `is vague but "${text}" states ${n.value} (${qualifierOf(n)})`),
        );
      continue;
    }
    if (n?.qualifier === 'vague') {
      problems.push(
        problemAt(
          r,
          'value.exactness',
          `is ${v.exactness} but the text "${text}" is vague: it states no number, so the record gives none`,
        ),
      );
      continue;
    }
    if (!n) {
      problems.push(
        problemAt(
          r,
          'value',
          `"${text}" states no number the parser can read; the record says ${v.amount ?? v.min}`,
        ),
      );
      continue;
    }
    const recorded = v.exactness === 'range' ? v.min : v.amount;
    if (recorded !== undefined && !same(recorded, n.value)) {
      problems.push(
        problemAt(
          r,
          v.exactness === 'range' ? 'value.min' : 'value.amount',
          `is ${recorded} but the text "${text}" says ${n.value}${n.unit === 'fraction' ? ' (a fraction)' : ''}`,
        ),
      );
    }
    if (v.exactness === 'range' && v.max !== undefined && n.max !== undefined && !same(v.max, n.max)) {
      problems.push(problemAt(r, 'value.max', `is ${v.max} but the text "${text}" says ${n.max}`));
    }
    const q = qualifierOf(n);
    if (q !== 'exact' && q !== v.exactness) {
      problems.push(problemAt(r, 'value.exactness', `is ${v.exactness} but the text "${text}" says ${q}`));
    }
  }
  return problems;
};
