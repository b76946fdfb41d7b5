import { evidenceOf, sourcesOf } from '../evidence.js';
import { defineRule, type Finding } from '../types.js';

/** Quoted words that match a recorded quote of someone else. */
export const quoteMisattributed = defineRule({
  id: 'quote/misattributed',
  severity: 'error',
  summary: 'Quoted words that match a recorded quote of someone else.',
  messages: {
    misattributed: 'These words are {speaker}’s, not {claimed}’s: “{recorded}” ({sources}[, {date}]).',
  },
  check({ model, quotes }) {
    const out: Finding<'misattributed'>[] = [];
    for (const c of quotes) {
      if (c.verdict !== 'misattributed') continue;
      out.push({
        start: c.span.start,
        end: c.span.end,
        messageId: 'misattributed',
        data: {
          speaker: c.quote.speaker
            ? model.index.nameOf(c.quote.speaker)
            : (c.quote.speakerDescription ?? 'someone else'),
          claimed: c.speaker ? c.speaker.text : 'the named speaker',
          recorded: c.quote.text,
          sources: sourcesOf(c.quote).join(', '),
          date: c.quote.date ?? '',
        },
        evidence: evidenceOf(c.quote),
      });
    }
    return out;
  },
});
