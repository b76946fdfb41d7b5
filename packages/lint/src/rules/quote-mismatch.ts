import type { QuoteClaim } from '../quote/claims.js';
import { evidenceOf } from './evidence.js';
import { nameOfRecord } from './figure-mismatch.js';
import type { Rule } from './types.js';

/** The recorded words the draft's quotation spans, and a word-level difference: [-removed-] {+added+}. */
export function quoteDifference(
  c: QuoteClaim,
  recordedWords: string[],
): { recordedSpan: string; diff: string } {
  const text = c.quote.text;
  // Recover the recorded span's text from its words' positions in the recorded quote.
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)];
  const from = tokens[c.alignment.from]?.index ?? 0;
  const last = tokens[c.alignment.to];
  const to = last ? (last.index ?? 0) + last[0].length : text.length;
  const recordedSpan = text.slice(from, to);
  const parts: string[] = [];
  let j = c.alignment.from;
  c.words.forEach((w, i) => {
    const k = c.alignment.map[i]!;
    if (k < 0) {
      parts.push(`{+${w.word}+}`);
      return;
    }
    while (j < k) parts.push(`[-${recordedWords[j++]}-]`);
    parts.push(w.word);
    j = k + 1;
  });
  while (j <= c.alignment.to) parts.push(`[-${recordedWords[j++]}-]`);
  return { recordedSpan, diff: parts.join(' ') };
}

/** Quoted words close to a recorded quote of the same speaker, but not the same. */
export const quoteMismatch: Rule = {
  id: 'quote/mismatch',
  severity: 'warning',
  summary: 'Quoted words close to a recorded quote of the same speaker but not the same.',
  check({ model, analysis, quotes }) {
    return quotes
      .filter((c) => c.verdict === 'mismatch')
      .map((c) => {
        const recorded = model.quotes.find((q) => q.quote === c.quote)!.words;
        const { recordedSpan, diff } = quoteDifference(c, recorded);
        const who = c.quote.speaker ? nameOfRecord(model, c.quote.speaker) : 'the speaker';
        return {
          start: c.span.start,
          end: c.span.end,
          message: `Quote differs from what ${who} said: “${c.quote.text}” (${c.quote.evidence.map((e) => e.source).join(', ')}). Difference: ${diff}`,
          evidence: evidenceOf(c.quote),
          fixes: [
            {
              title: 'Use the recorded words',
              edits: [
                {
                  start: c.span.start,
                  end: c.span.end,
                  newText:
                    analysis.text.slice(c.span.start, c.span.end).endsWith(',') && !recordedSpan.endsWith(',')
                      ? `${recordedSpan},`
                      : recordedSpan,
                },
              ],
            },
          ],
        };
      });
  },
};

/** Quoted words that match a recorded quote of someone else. */
export const quoteMisattributed: Rule = {
  id: 'quote/misattributed',
  severity: 'error',
  summary: 'Quoted words that match a recorded quote of someone else.',
  check({ model, quotes }) {
    return quotes
      .filter((c) => c.verdict === 'misattributed')
      .map((c) => {
        const who = c.quote.speaker
          ? nameOfRecord(model, c.quote.speaker)
          : (c.quote.speakerDescription ?? 'someone else');
        const claimed = c.speaker ? c.speaker.text : 'the named speaker';
        return {
          start: c.span.start,
          end: c.span.end,
          message: `These words are ${who}’s, not ${claimed}’s: “${c.quote.text}” (${c.quote.evidence.map((e) => e.source).join(', ')}${c.quote.date ? `, ${c.quote.date}` : ''}).`,
          evidence: evidenceOf(c.quote),
        };
      });
  },
};
