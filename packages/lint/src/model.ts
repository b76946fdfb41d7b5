import {
  createIndex,
  type DatasetIndex,
  type Figure,
  foldName,
  type NameEntry,
  type ParleyDataset,
  type Quote,
  type Role,
} from '@parley/dataset';
import { ContextIndex } from './figure/context.js';
import { Automaton } from './mention/automaton.js';
import { type Token, tokenize } from './quote/tokens.js';

/** What a pattern in the name automaton stands for. */
export type Pattern =
  | { kind: 'name'; entry: NameEntry }
  | { kind: 'title'; entry: NameEntry }
  | { kind: 'qualifier'; place: string; text: string };

/** A recorded quote, tokenized once. */
export interface RecordedQuote {
  quote: Quote;
  words: string[];
}

// Words too common to retrieve quote candidates by.
const STOP = new Set(
  "a an the and or but of to in on at for with by from as is are was were be been it its this that these those i we you he she they not no do don't will would should must our their his her my your us them me there here than then so if".split(
    ' ',
  ),
);

/**
 * The dataset compiled for linting: one automaton over every spelling, title and qualifier; quantities by the
 * nouns that count them; recorded quotes by their words. Built once per dataset, shared by every lint call.
 */
export class LintModel {
  readonly index: DatasetIndex;
  readonly automaton = new Automaton<Pattern>();
  readonly sourceKeys: string[];
  /** Folded noun phrase → quantity ids. */
  readonly quantitiesByNoun = new Map<string, string[]>();
  /** The first word (up to a space) of every key of `quantitiesByNoun` → the most words such a key has. */
  readonly nounWordsByFirst = new Map<string, number>();
  readonly longestNoun: number;
  readonly quotes: RecordedQuote[];
  /** Folded word → indexes into `quotes`. */
  readonly quotesByWord = new Map<string, number[]>();
  /** Every quantity's context terms, found in a sentence in one pass over its words. */
  readonly context = new ContextIndex();
  /** Quantity id → every report of it. */
  readonly reports = new Map<string, Figure[]>();
  /** Person id → the offices the person held (shared: do not modify). */
  readonly rolesByPerson = new Map<string, Role[]>();
  /** Venue place id → events held there (for "the delegations met at the Ciragan Palace on …"). */
  readonly eventsAtVenue = new Map<string, string[]>();

  constructor(readonly dataset: ParleyDataset) {
    this.index = createIndex(dataset);
    for (const [folded, entries] of this.index.names) {
      for (const entry of entries)
        this.automaton.add(folded, { kind: entry.kind === 'role' ? 'title' : 'name', entry });
    }
    for (const place of dataset.places) {
      for (const adjective of place.adjectives ?? []) {
        this.automaton.add(foldName(adjective), { kind: 'qualifier', place: place.id, text: adjective });
      }
    }
    this.sourceKeys = dataset.sources.map((s) => s.id);
    let longest = 1;
    for (const q of dataset.quantities) {
      for (const noun of q.terms.nouns) {
        const folded = foldName(noun);
        const list = this.quantitiesByNoun.get(folded) ?? [];
        if (!list.includes(q.id)) list.push(q.id);
        this.quantitiesByNoun.set(folded, list);
        const words = folded.split(' ');
        this.nounWordsByFirst.set(
          words[0]!,
          Math.max(this.nounWordsByFirst.get(words[0]!) ?? 0, words.length),
        );
        longest = Math.max(longest, folded.split(' ').length);
      }
    }
    this.longestNoun = longest;
    for (const q of dataset.quantities) {
      this.reports.set(q.id, this.index.reportsOf(q.id));
      for (const t of q.terms.context) {
        const term = foldName(t)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
        if (term.length === 0) continue;
        this.context.add({ quantity: q.id, words: term, key: term.join(' ') });
      }
    }
    this.quotes = dataset.quotes.map((quote) => ({
      quote,
      words: tokenize(quote.text).map((t: Token) => t.word),
    }));
    this.quotes.forEach((q, i) => {
      for (const w of new Set(q.words)) {
        if (STOP.has(w)) continue;
        const list = this.quotesByWord.get(w) ?? [];
        list.push(i);
        this.quotesByWord.set(w, list);
      }
    });
    for (const p of dataset.people) this.rolesByPerson.set(p.id, this.index.rolesOf(p.id));
    const venues = new Set(
      dataset.places.filter((p) => p.type === 'venue' || p.type === 'building').map((p) => p.id),
    );
    for (const e of dataset.events) {
      const venue = e.places?.[0];
      if (venue && venues.has(venue))
        this.eventsAtVenue.set(venue, [...(this.eventsAtVenue.get(venue) ?? []), e.id]);
    }
  }

  /** Recorded quotes sharing at least `min` distinct non-trivial words with these. */
  quoteCandidates(words: readonly string[], min: number): number[] {
    const counts = new Map<number, number>();
    for (const w of new Set(words)) {
      const quotes = this.quotesByWord.get(w);
      if (quotes) for (const i of quotes) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const out: number[] = [];
    counts.forEach((c, i) => {
      if (c >= min) out.push(i);
    });
    return out;
  }
}

const models = new WeakMap<ParleyDataset, LintModel>();

/** The compiled model of a dataset, cached per dataset object. */
export function modelOf(dataset: ParleyDataset): LintModel {
  let m = models.get(dataset);
  if (!m) {
    m = new LintModel(dataset);
    models.set(dataset, m);
  }
  return m;
}
