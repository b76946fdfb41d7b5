import type { Problem } from '../problem.js';
import { type Check, clip, containsWords, evidenceOf, problemAt } from './context.js';
import { MONTHS } from './event-date.js';

/** The finer date an excerpt states inside a coarser one: "May 16" inside 2025-05, "February 2022" inside 2022. */
function finerDate(date: string, text: string): string | undefined {
  const [y, m] = date.split('-').map(Number);
  if (m !== undefined) {
    const month = MONTHS[m - 1]!;
    for (let d = 31; d >= 1; d--) {
      if (containsWords(text, `${month} ${d}`) || containsWords(text, `${d} ${month}`))
        return `${date}-${String(d).padStart(2, '0')}`;
    }
    return undefined;
  }
  const i = MONTHS.findIndex((month) => containsWords(text, `${month} ${y}`));
  return i >= 0 ? `${y}-${String(i + 1).padStart(2, '0')}` : undefined;
}

/**
 * An event is dated at the precision its excerpts give: one dated to the month (2025-05) whose excerpt says
 * "on May 16", or to the year whose excerpt says "in February 2022", is refused. Where the finer date in the
 * excerpt belongs to something else (the talks the prisoner swap followed), `date.note` says so, and the
 * coarser date stands as a judgement written down.
 */
export const eventDatePrecision: Check = (ctx) => {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.kind !== 'event') continue;
    const date = r.record.date as { start: string; derivation?: unknown; note?: string };
    if (date.derivation || date.note || date.start.length === 10) continue;
    for (const e of evidenceOf(r)) {
      const finer = finerDate(date.start, e.excerpt);
      if (!finer) continue;
      problems.push(
        problemAt(
          r,
          'date.start',
          `is ${date.start} but the excerpt from ${e.source} dates it ${finer} ("${clip(e.excerpt, 70)}"); date it at that precision, or say in date.note why the finer date is another event's`,
        ),
      );
      break;
    }
  }
  return problems;
};
