import type { RecordedQuote } from '../model.js';
import type { QuoteClaim } from './claims.js';

/** The recorded words the draft's quotation spans, and a word-level difference: [-removed-] {+added+}. */
export function quoteDifference(
  c: QuoteClaim,
  recorded: Pick<RecordedQuote, 'words' | 'tokens'>,
): { recordedSpan: string; diff: string } {
  const text = c.quote.text;
  // Recover the recorded span's text from its words' positions in the recorded quote (tokenised once, by
  // the model).
  const { words: recordedWords, tokens } = recorded;
  const from = tokens[c.alignment.from]?.start ?? 0;
  const last = tokens[c.alignment.to];
  const to = last ? last.end : text.length;
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
