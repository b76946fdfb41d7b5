import { preferredNameInProse } from '@parley/dataset';
import { formatIsoDate } from '../../date/dates.js';
import { evidenceOf } from '../evidence.js';
import { defineRule, type Finding } from '../types.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An event given a date that contradicts the dataset. */
export const dateMismatch = defineRule({
  id: 'date/mismatch',
  severity: 'warning',
  summary: 'An event given a date that contradicts the dataset.',
  messages: { mismatch: '{event} was on {when}, not {written}.' },
  check({ analysis, dates }) {
    const out: Finding<'mismatch'>[] = [];
    for (const c of dates) {
      if (c.agrees) continue;
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
      const finding: Finding<'mismatch'> = {
        start: c.date.start,
        end: c.date.end,
        messageId: 'mismatch',
        data: { event: capitalise(preferredNameInProse(c.event.names)), when, written },
        evidence: evidenceOf(c.event),
      };
      if (exact && m)
        finding.fixes = [
          {
            title: `Change to ${replacement}`,
            edits: [{ start: c.date.start, end: c.date.end, newText: replacement }],
          },
        ];
      out.push(finding);
    }
    return out;
  },
});
