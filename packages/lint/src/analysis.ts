import type { NameEntry } from '@parley/dataset';
import { findNumbers, type NumberExpr } from '@parley/numbers';
import { type Citation, findCitations } from './citation/citations.js';
import { type DateExpr, findDates } from './date/dates.js';
import { foldText } from './document/fold.js';
import { LineIndex } from './document/lines.js';
import { type Comment, toProse } from './document/prose.js';
import { type Sentence, splitSentences } from './document/sentences.js';
import { type Hit, leftmostLongest } from './mention/automaton.js';
import { entryOf } from './mention/near-miss.js';
import type { LintModel, Pattern } from './model.js';
import { findQuoteSpans, type QuoteSpan } from './quote/spans.js';

/** A name or title found in the draft, with every record it may refer to. */
export interface Mention {
  start: number;
  end: number;
  /** Text as written in the draft. */
  text: string;
  entries: NameEntry[];
  /** Inside quotation marks: quoted words are not the writer's to respell. */
  inQuote: boolean;
  /**
   * Not a recorded spelling but a letter or two from one ("Kyslytsana"): `entries` holds the person it is
   * closest to, with the recorded spelling it misses.
   */
  nearMiss?: true;
}

export interface Qualifier {
  start: number;
  end: number;
  place: string;
}

/** Everything found in a draft, before any rule runs. Rules, hovers and the shells all read this. */
export interface Analysis {
  text: string;
  prose: string;
  /** Prose with citations blanked, folded for matching; same length as the text. */
  folded: string;
  lines: LineIndex;
  sentences: Sentence[];
  citations: Citation[];
  comments: Comment[];
  mentions: Mention[];
  titles: Mention[];
  qualifiers: Qualifier[];
  quoteSpans: QuoteSpan[];
  /** Numbers outside quotations. */
  numbers: NumberExpr[];
  dates: DateExpr[];
}

/** Index of the sentence containing offset, or -1. */
export function sentenceAt(a: Pick<Analysis, 'sentences'>, offset: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The first item with the least distance (what a stable sort by distance puts first), if any. */
export function closest<T>(items: readonly T[], distance: (item: T) => number): T | undefined {
  let best: T | undefined;
  let least = 0;
  for (const item of items) {
    const d = distance(item);
    if (best === undefined || d < least) {
      best = item;
      least = d;
    }
  }
  return best;
}

/** Mentions lying within [start, end): a binary search, since mentions are sorted by position. */
export function mentionsIn(list: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}

const inside = (spans: readonly { start: number; end: number }[], start: number, end: number): boolean => {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (end <= s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return start >= s.start && end <= s.end;
  }
  return false;
};

/** Finds sentences, citations, names, titles, quotations, numbers and dates in a Markdown draft. */
export function analyze(model: LintModel, text: string): Analysis {
  const { text: prose, comments } = toProse(text);
  const citations = findCitations(prose);
  // Citations are blanked for everything else: "reuters-far-apart" is not a mention of Reuters.
  const folded = foldText(prose, citations, model.folds);
  const sentences = splitSentences(prose);
  const quoteSpans = findQuoteSpans(prose, citations);

  const allHits = model.automaton.findAll(folded);
  const hits: Record<Pattern['kind'], Hit<Pattern>[]> = { name: [], title: [], qualifier: [] };
  for (const h of allHits) hits[h.value.kind].push(h);
  const nameHits = leftmostLongest(hits.name);
  const titleHits = leftmostLongest(hits.title);
  const group = (list: typeof nameHits): Mention[] => {
    const out: Mention[] = [];
    for (const h of list) {
      const last = out[out.length - 1];
      const entry = (h.value as { entry: NameEntry }).entry;
      if (last && last.start === h.start && last.end === h.end) {
        if (!last.entries.some((e) => e.id === entry.id)) last.entries.push(entry);
      } else {
        out.push({
          start: h.start,
          end: h.end,
          text: text.slice(h.start, h.end),
          entries: [entry],
          inQuote: inside(quoteSpans, h.start, h.end),
        });
      }
    }
    return out;
  };
  const qualifiers = leftmostLongest(hits.qualifier).map((h) => ({
    start: h.start,
    end: h.end,
    place: (h.value as { place: string }).place,
  }));
  const dates = findDates(folded).filter((d) => !inside(quoteSpans, d.start, d.end));
  // A number inside a date ("May 24-26") is part of the date.
  let di = 0;
  const numbers = findNumbers(folded).filter((n) => {
    while (di < dates.length && dates[di]!.end <= n.start) di++;
    const d = dates[di];
    return !(d && d.start < n.end) && !inside(quoteSpans, n.start, n.end);
  });
  const mentions = group(nameHits);
  const named = new Set<string>();
  for (const m of mentions) {
    if (m.inQuote) continue;
    for (const e of m.entries) if (e.kind === 'person') named.add(e.id);
  }
  // The spellings the draft uses (outside quotations), read only to break a tie between two near misses:
  // cut out of the text on the first such tie, not for every mention of every draft.
  let usedSet: Set<string> | undefined;
  const used = {
    has(spelling: string): boolean {
      if (usedSet === undefined) {
        usedSet = new Set();
        for (const m of mentions) if (!m.inQuote) usedSet.add(folded.slice(m.start, m.end));
      }
      return usedSet.has(spelling);
    },
  };
  const misses = model.names.find(prose, folded, mentions, named, used);
  if (misses.length > 0) {
    for (const miss of misses)
      mentions.push({
        start: miss.start,
        end: miss.end,
        text: text.slice(miss.start, miss.end),
        entries: [entryOf(miss)],
        inQuote: inside(quoteSpans, miss.start, miss.end),
        nearMiss: true,
      });
    mentions.sort((x, y) => x.start - y.start);
  }
  return {
    text,
    prose,
    folded,
    lines: new LineIndex(text),
    sentences,
    citations,
    comments,
    mentions,
    titles: group(titleHits),
    qualifiers,
    quoteSpans,
    numbers,
    dates,
  };
}
