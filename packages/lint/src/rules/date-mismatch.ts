import { formatIsoDate } from '../date/dates.js';
import { evidenceOf } from './evidence.js';
import type { Rule } from './types.js';

/** An event given a date that contradicts the dataset. */
export const dateMismatch: Rule = {
  id: 'date/mismatch',
  severity: 'warning',
  summary: 'An event given a date that contradicts the dataset.',
  check({ analysis, dates }) {
    return dates
      .filter((c) => !c.agrees)
      .map((c) => {
        const when = c.event.date.end
          ? `${formatIsoDate(c.event.date.start)} to ${formatIsoDate(c.event.date.end)}`
          : formatIsoDate(c.event.date.start);
        const exact =
          c.event.date.end === undefined && c.event.date.start.length === 10 && c.date.day !== undefined;
        const [, m, d] = c.event.date.start.split('-').map(Number);
        const written = analysis.text.slice(c.date.start, c.date.end);
        const monthFirst = /^[A-Za-z]/.test(written);
        const month = formatIsoDate(c.event.date.start).split(' ')[0]!;
        const replacement = monthFirst
          ? `${month} ${d}${c.date.year ? `, ${c.date.year}` : ''}`
          : `${d} ${month}${c.date.year ? ` ${c.date.year}` : ''}`;
        return {
          start: c.date.start,
          end: c.date.end,
          message: `${capitalise(c.event.names.find((n) => n.status === 'preferred')?.text ?? c.event.id)} was on ${when}, not ${written}.`,
          evidence: evidenceOf(c.event),
          ...(exact && m
            ? {
                fixes: [
                  {
                    title: `Change to ${replacement}`,
                    edits: [{ start: c.date.start, end: c.date.end, newText: replacement }],
                  },
                ],
              }
            : {}),
        };
      });
  },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
