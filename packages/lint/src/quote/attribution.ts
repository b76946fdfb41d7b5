import { type Analysis, type Mention, mentionsIn } from '../analysis.js';
import type { QuoteSpan } from './spans.js';

const SPEECH =
  /(?<![\p{L}])(?:said|says|say|told|tells|wrote|writes|stated|states|added|adds|emphasi[sz]ed|insisted|noted|declared|warned|argued|explained|posted|tweeted|replied|asked|according to|described|called|quoted|remarked|announced|stressed|claimed|urged)(?![\p{L}])/gu;

const speakerKinds = new Set(['person', 'organisation']);

/**
 * Who a quotation is attributed to in its sentence: "X said", "said X", "X told reporters:", "according to X",
 * "X wrote:". Returns the nearest person or organisation outside quotation marks, when the sentence has a
 * verb of saying (or a colon before the quote); undefined when it cannot tell.
 */
export function speakerOf(
  a: Analysis,
  span: QuoteSpan,
  sentence: { start: number; end: number },
): Mention | undefined {
  const from = sentence.start;
  const to = sentence.end;
  const text = a.folded.slice(from, to);
  // Words of the sentence outside every quotation.
  let outside = text.split('');
  for (const q of a.quoteSpans) {
    if (q.close < from || q.open >= to) continue;
    for (let i = Math.max(q.open, from); i <= Math.min(q.close, to - 1); i++) outside[i - from] = ' ';
  }
  const bare = outside.join('');
  outside = [];
  SPEECH.lastIndex = 0;
  const colon = /:\s*$/.test(a.folded.slice(Math.max(from, span.open - 4), span.open));
  if (!SPEECH.test(bare) && !colon) return undefined;
  const candidates = mentionsIn(a.mentions, from, to).filter(
    (m) =>
      !m.inQuote &&
      m.entries.some((e) => speakerKinds.has(e.kind)) &&
      !a.quoteSpans.some((q) => m.start >= q.open && m.end <= q.close),
  );
  if (candidates.length === 0) return undefined;
  const distance = (m: Mention) => (m.end <= span.open ? span.open - m.end : m.start - span.close);
  const persons = candidates.filter((m) => m.entries.some((e) => e.kind === 'person'));
  const pool = persons.length > 0 ? persons : candidates;
  return pool.sort((x, y) => distance(x) - distance(y))[0];
}
