import { figureEnd } from '../../figure/claims.js';
import { describeReport, evidenceOf } from '../evidence.js';
import { defineRule, type Finding } from '../types.js';

const UNIT_WORDS: Record<string, string> = { minute: 'minutes', day: 'days', week: 'weeks', year: 'years' };

/** A number that contradicts every recorded report of the same quantity. */
export const figureMismatch = defineRule({
  id: 'figure/mismatch',
  severity: 'warning',
  summary: 'A number that contradicts every recorded report of the same quantity.',
  messages: {
    contradicts: '“{number}”[ ({converted})] contradicts every recorded report: {reports}.',
  },
  check({ model, analysis, figures }) {
    const out: Finding<'contradicts'>[] = [];
    for (const c of figures) {
      if (!c.contradicts) continue;
      const end = figureEnd(c.number);
      const unit = c.quantity.units[0] ?? '';
      const converted =
        c.converted === undefined
          ? ''
          : `${Number(c.converted.toFixed(c.converted < 10 ? 1 : 0))} ${UNIT_WORDS[unit] ?? unit}`;
      out.push({
        start: c.number.start,
        end,
        messageId: 'contradicts',
        data: {
          number: analysis.text.slice(c.number.start, end),
          converted,
          quantity: c.quantity.id,
          reports: c.reports.map((f) => describeReport(model.index, f)).join('; '),
        },
        evidence: c.reports.flatMap(evidenceOf),
      });
    }
    return out;
  },
});
