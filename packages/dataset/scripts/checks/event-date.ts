import { findNumbers } from '@parley/numbers';
import { foldName } from '../../src/lookup/fold.js';
import type { LoadedRecord } from '../load.js';
import type { Problem } from '../problem.js';
import { type Check, clip, containsWords, evidenceOf, problemAt } from './context.js';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const iso = (d: Date, precision: 'day' | 'month' | 'year' = 'day') =>
  d.toISOString().slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
const parse = (s: string) =>
  new Date(`${s}${s.length === 4 ? '-01-01' : s.length === 7 ? '-01' : ''}T00:00:00Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

interface Derivation {
  source: string;
  words: string;
  rule: string;
}

/** The date (start and end, ISO at their precision) that a derivation gives, or a reason it gives none. */
export function derive(
  rule: string,
  words: string,
  sourceDate: string,
  end?: string,
): { start: string; end?: string } | string {
  if (rule === 'years-before-end') {
    const n = findNumbers(foldName(words)).find((x) => x.time?.unit === 'year');
    if (!n) return `"${words}" states no number of years`;
    if (!end) return 'years-before-end needs date.end';
    return { start: String(Number(end.slice(0, 4)) - n.value), end };
  }
  if (sourceDate.length !== 10) return `the source is dated ${sourceDate}, not to the day`;
  const at = parse(sourceDate);
  const lower = words.toLowerCase();
  const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(lower));
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}\\b`).test(lower));
  switch (rule) {
    case 'weekday-before':
    case 'weekday-after': {
      if (weekday < 0) return `"${words}" names no weekday`;
      const step = rule === 'weekday-before' ? -1 : 1;
      let d = at;
      while (d.getUTCDay() !== weekday) d = addDays(d, step);
      return { start: iso(d) };
    }
    case 'yesterday':
      return { start: iso(addDays(at, -1)) };
    case 'today':
      return { start: iso(at) };
    case 'last-week': {
      const monday = addDays(at, -((at.getUTCDay() + 6) % 7) - 7);
      return { start: iso(monday), end: iso(addDays(monday, 6)) };
    }
    case 'last-month':
      return { start: iso(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1)), 'month') };
    case 'last-year': {
      const y = at.getUTCFullYear() - 1;
      return { start: month >= 0 ? `${y}-${String(month + 1).padStart(2, '0')}` : String(y) };
    }
    case 'this-year':
      return { start: String(at.getUTCFullYear()) };
    default:
      return `unknown rule ${rule}`;
  }
}

/** The ways an excerpt can state a date at its precision: "May 16", "16 May", "May 2025", "2014". */
function statedBy(date: string, text: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const name = m ? MONTHS[m - 1]! : undefined;
  if (d && name) return containsWords(text, `${name} ${d}`) || containsWords(text, `${d} ${name}`);
  if (name) return containsWords(text, name);
  return containsWords(text, String(y));
}

/**
 * An event's date is stated by one of its excerpts at the recorded precision ("on May 16", "in February
 * 2022", "in 2014"), or derived with the derivation recorded (`date.derivation`) and recomputed here from the
 * source's date: "on Sunday" in an article of Monday 2 June 2025 is 1 June. A date a month off names
 * another month than its excerpts do, and is refused.
 */
export const eventDate: Check = (ctx) => {
  const problems: Problem[] = [];
  const sourceDate = (key: string) =>
    (ctx.byId.get(key)?.record.publishedAt as { date?: string } | undefined)?.date;
  for (const r of ctx.records) {
    if (r.kind !== 'event') continue;
    const date = r.record.date as { start: string; end?: string; derivation?: Derivation };
    const evidence = evidenceOf(r);
    const d = date.derivation;
    if (d) {
      problems.push(...checkDerivation(r, d, date, evidence, sourceDate(d.source)));
      continue;
    }
    if (!evidence.some((e) => statedBy(date.start, e.excerpt))) {
      problems.push(
        problemAt(
          r,
          'date.start',
          `${date.start} is not stated by any excerpt ("${clip(evidence[0]?.excerpt ?? '')}"); state it, or record how it is derived in date.derivation`,
        ),
      );
    }
    if (date.end && !evidence.some((e) => statedBy(date.end!, e.excerpt))) {
      problems.push(problemAt(r, 'date.end', `${date.end} is not stated by any excerpt`));
    }
  }
  return problems;
};

function checkDerivation(
  r: LoadedRecord,
  d: Derivation,
  date: { start: string; end?: string },
  evidence: { source: string; excerpt: string }[],
  sourceDate: string | undefined,
): Problem[] {
  if (!evidence.some((e) => e.source === d.source && containsWords(e.excerpt, d.words)))
    return [problemAt(r, 'date.derivation.words', `"${d.words}" is not in any excerpt from ${d.source}`)];
  if (!sourceDate) return [problemAt(r, 'date.derivation.source', `${d.source} is not a dated source`)];
  const got = derive(d.rule, d.words, sourceDate, date.end);
  if (typeof got === 'string') return [problemAt(r, 'date.derivation', got)];
  const problems: Problem[] = [];
  if (d.rule === 'years-before-end' && !evidence.some((e) => statedBy(date.end!, e.excerpt)))
    problems.push(problemAt(r, 'date.end', `${date.end} is not stated by any excerpt`));
  const how = `"${d.words}" in ${d.source} (dated ${sourceDate}) by ${d.rule}`;
  if (got.start !== date.start)
    problems.push(problemAt(r, 'date.start', `is ${date.start} but ${how} gives ${got.start}`));
  if ((got.end ?? undefined) !== date.end)
    problems.push(
      problemAt(r, 'date.end', `is ${date.end ?? 'missing'} but ${how} gives ${got.end ?? 'no end'}`),
    );
  return problems;
}
