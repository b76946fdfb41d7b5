import type { Event } from '@parley/dataset';
import { type Analysis, closest, sentenceAt } from '../analysis.js';
import { standsAlone } from '../document/words.js';
import type { LintModel } from '../model.js';
import { type DateExpr, dateAgrees } from './dates.js';

/** A date the draft gives an event. */
export interface DateClaim {
  date: DateExpr;
  sentence: number;
  event: Event;
  /** The mention that names the event (or its venue). */
  mention: { start: number; end: number };
  agrees: boolean;
}

const meeting = standsAlone(
  'met|meet|meets|meeting|talks|negotiations|round|delegations|discussions|session|gathered|convened',
);
const MAX_GAP = 40;
const RELATION =
  /\b(?:after|before|since|ahead of|following|prior to|until|preceding|earlier|later|ago|than|when|that|during|said|says|told|announced|spoke|wrote)\b/;
/**
 * Kinds of event a description names uniquely ("the second round of talks", "the annexation of Crimea").
 * Attacks, operations, calls, statements and meetings recur: "a Russian attack on Kyiv on June 10" is another
 * attack, not a wrong date of the recorded one.
 */
const ONE_OF_A_KIND = new Set(['talks', 'prisoner-exchange', 'invasion', 'annexation']);

/**
 * Pairs each date with the event it dates: an event named in the same sentence ("the first round … on May
 * 16"), or a venue where exactly one recorded event was held, next to a word of meeting. Date and event must
 * be each other's nearest, so "said on June 3 that the second round on June 2 …" pairs June 2.
 */
export function dateClaims(model: LintModel, a: Analysis): DateClaim[] {
  const out: DateClaim[] = [];
  const bySentence = new Map<
    number,
    { dates: DateExpr[]; events: { start: number; end: number; event: Event }[] }
  >();
  for (const d of a.dates) {
    // "the second round since March 2022": a bound of a span, not the day of the event beside it.
    if (d.bound) continue;
    const si = sentenceAt(a, d.start);
    if (si < 0) continue;
    const entry = bySentence.get(si) ?? { dates: [], events: [] };
    entry.dates.push(d);
    bySentence.set(si, entry);
  }
  if (bySentence.size === 0) return out;
  for (const m of a.mentions) {
    if (m.inQuote) continue;
    const si = sentenceAt(a, m.start);
    const entry = bySentence.get(si);
    if (!entry) continue;
    const s = a.sentences[si]!;
    for (const e of m.entries) {
      if (e.kind === 'event') {
        const event = model.index.event(e.id)!;
        if (ONE_OF_A_KIND.has(event.type)) entry.events.push({ start: m.start, end: m.end, event });
      } else if (e.kind === 'place') {
        const held = model.eventsAtVenue.get(e.id);
        if (held?.length === 1 && meeting(a.folded.slice(s.start, s.end))) {
          entry.events.push({ start: m.start, end: m.end, event: model.index.event(held[0]!)! });
        }
      }
    }
  }
  const gap = (x: { start: number; end: number }, y: { start: number; end: number }) =>
    x.end <= y.start ? y.start - x.end : x.start >= y.end ? x.start - y.end : 0;
  for (const [si, { dates, events }] of bySentence) {
    for (const d of dates) {
      const nearest = closest(events, (x) => gap(x, d));
      if (!nearest || gap(nearest, d) > MAX_GAP) continue;
      const back = closest(dates, (x) => gap(x, nearest));
      if (back !== d) continue;
      // "on June 3, a day after the second round": the date is of something else, placed against the event.
      const between = a.folded.slice(Math.min(d.end, nearest.end), Math.max(d.start, nearest.start));
      if (RELATION.test(between)) continue;
      out.push({
        date: d,
        sentence: si,
        event: nearest.event,
        mention: nearest,
        agrees: dateAgrees(d, nearest.event.date),
      });
    }
  }
  return out.sort((x, y) => x.date.start - y.date.start);
}
