import { type Analysis, closest, type Mention, mentionsIn } from '../analysis.js';
import { standsAlone } from '../document/words.js';
import type { QuoteSpan } from './spans.js';

const says = standsAlone(
  'said|says|say|told|tells|wrote|writes|stated|states|added|adds|emphasi[sz]ed|insisted|noted|declared|warned|argued|explained|posted|tweeted|replied|asked|according to|described|called|quoted|remarked|announced|stressed|claimed|urged',
);

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
  // Words of the sentence outside every quotation (spans are sorted: binary search for the first one).
  let lo = 0;
  let hi = a.quoteSpans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.quoteSpans[mid]!.close < from) lo = mid + 1;
    else hi = mid;
  }
  const parts: string[] = [];
  let at = from;
  for (let k = lo; k < a.quoteSpans.length && a.quoteSpans[k]!.open < to; k++) {
    const q = a.quoteSpans[k]!;
    if (q.open > at) parts.push(a.folded.slice(at, q.open));
    at = Math.max(at, q.close + 1);
  }
  if (at < to) parts.push(a.folded.slice(at, to));
  const bare = parts.join(' ');
  const colon = /:\s*$/.test(a.folded.slice(Math.max(from, span.open - 4), span.open));
  if (!colon && !says(bare)) return undefined;
  const candidates = mentionsIn(a.mentions, from, to).filter(
    (m) => !m.inQuote && m.entries.some((e) => speakerKinds.has(e.kind)),
  );
  if (candidates.length === 0) return undefined;
  const distance = (m: Mention) => (m.end <= span.open ? span.open - m.end : m.start - span.close);
  const persons = candidates.filter((m) => m.entries.some((e) => e.kind === 'person'));
  const pool = persons.length > 0 ? persons : candidates;
  return closest(pool, distance);
}
