import { quoteDifference } from '../../quote/difference.js';
import { evidenceOf, sourcesOf } from '../evidence.js';
import { defineRule, type Finding } from '../types.js';

/** Punctuation a quotation may end with inside its closing mark ("… screw it up.”), kept by the fix. */
const TRAILING = /[.,;:!?…]+$/;

/** Quoted words close to a recorded quote of the same speaker, but not the same. */
export const quoteMismatch = defineRule({
  id: 'quote/mismatch',
  severity: 'warning',
  summary: 'Quoted words close to a recorded quote of the same speaker but not the same.',
  messages: {
    differs: 'Quote differs from what {speaker} said: “{recorded}” ({sources}). Difference: {diff}',
  },
  check({ model, analysis, quotes }) {
    const out: Finding<'differs'>[] = [];
    for (const c of quotes) {
      if (c.verdict !== 'mismatch') continue;
      const recorded = model.quotes.find((q) => q.quote === c.quote)!;
      const { recordedSpan, diff } = quoteDifference(c, recorded);
      const written = analysis.text.slice(c.span.start, c.span.end);
      const kept = TRAILING.exec(written)?.[0] ?? '';
      const newText = kept && !TRAILING.test(recordedSpan) ? `${recordedSpan}${kept}` : recordedSpan;
      out.push({
        start: c.span.start,
        end: c.span.end,
        messageId: 'differs',
        data: {
          speaker: c.quote.speaker ? model.index.nameOf(c.quote.speaker) : 'the speaker',
          recorded: c.quote.text,
          sources: sourcesOf(c.quote).join(', '),
          diff,
        },
        evidence: evidenceOf(c.quote),
        fixes: [
          { title: 'Use the recorded words', edits: [{ start: c.span.start, end: c.span.end, newText }] },
        ],
      });
    }
    return out;
  },
});
