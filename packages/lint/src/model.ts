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
import { findNumbers } from '@parley/numbers';
import { Folds } from './document/fold.js';
import { ContextIndex } from './figure/context.js';
import { compileIdentities, type QuantityIdentity, type TimeQuantities } from './figure/identity.js';
import { ActionIndex } from './figure/situation.js';
import { Automaton } from './mention/automaton.js';
import { NameSpellings } from './mention/near-miss.js';
import { type Token, tokenize } from './quote/tokens.js';

/** What a pattern in the name automaton stands for. */
export type Pattern =
  | { kind: 'name'; entry: NameEntry }
  | { kind: 'title'; entry: NameEntry }
  | { kind: 'qualifier'; place: string; text: string };

/** A recorded quote, tokenized once. */
export interface RecordedQuote {
  quote: Quote;
  /** The quote's words, folded. */
  words: string[];
  /** The same words with where each is in the quote's text (for the recorded span a draft quotes). */
  tokens: Token[];
}

/** The reports of one quantity by unit class. */
export type ReportsByClass = Record<'count' | 'fraction' | 'km2', Figure[]>;

// Words too common to retrieve quote candidates by.
const STOP = new Set(
  "a an the and or but of to in on at for with by from as is are was were be been it its this that these those i we you he she they not no do don't will would should must our their his her my your us them me there here than then so if".split(
    ' ',
  ),
);

const unitClass = (u: string | undefined): keyof ReportsByClass =>
  u === 'fraction' || u === 'km2' ? u : 'count';

/**
 * The dataset compiled for linting: one automaton over every spelling, title and qualifier; quantities by the
 * nouns that count them and what identifies each; recorded quotes by their words. Built once per dataset
 * with {@link compile} and shared by every lint call; everything a lint call memoises lives here, bounded.
 */
export class LintModel {
  readonly index: DatasetIndex;
  readonly automaton = new Automaton<Pattern>();
  readonly sourceKeys: string[];
  /** Folded noun phrase → quantity ids. */
  readonly quantitiesByNoun = new Map<string, string[]>();
  /**
   * Quantity id → its folded `ofNouns` (also keys of `quantitiesByNoun`): they count it only after one of its
   * nouns and "of" ("the bodies of 6,000 soldiers"); with them, its folded nouns, to look for before "of".
   */
  readonly ofNouns = new Map<string, { of: ReadonlySet<string>; nouns: readonly string[] }>();
  /** The first word (up to a space) of every key of `quantitiesByNoun` → the most words such a key has. */
  readonly nounWordsByFirst = new Map<string, number>();
  readonly longestNoun: number;
  /** Quantities counted in units of time, with the words that may follow the unit ("ceasefire", "ago"). */
  readonly timeQuantities: TimeQuantities;
  readonly quotes: RecordedQuote[];
  /** Folded word → indexes into `quotes`. */
  readonly quotesByWord = new Map<string, number[]>();
  /** Every quantity's context terms, found in a sentence in one pass over its words. */
  readonly context = new ContextIndex();
  /** Every quantity's scope terms (`terms.scope`). */
  readonly scope = new ContextIndex();
  /** Quantity id → what identifies it: actions, parties, time, event. */
  readonly identities: Map<string, QuantityIdentity>;
  /** The words of every action, found in a sentence in one pass. */
  readonly actions: ActionIndex;
  /** Quantity id → every report of it. */
  readonly reports = new Map<string, Figure[]>();
  /** Quantity id → its reports by unit class (shared: do not modify). */
  readonly reportsByClass = new Map<string, ReportsByClass>();
  /**
   * Figure id → the bounds of a vague report ("dozens of planes" → 24–99), read from its text with the same
   * parser as drafts: the dataset records the word, the linter's reading of it gives the numbers.
   */
  readonly vagueBounds = new Map<string, readonly [number, number]>();
  /** Person id → the offices the person held (shared: do not modify). */
  readonly rolesByPerson = new Map<string, Role[]>();
  /** Venue place id → events held there (for "the delegations met at the Ciragan Palace on …"). */
  readonly eventsAtVenue = new Map<string, string[]>();
  /** Place adjectives of one word ("russian", "ukraine's"), folded: words a counted noun may be qualified by. */
  readonly adjectives = new Set<string>();
  /** Recorded spellings of people's names, for recognising a near miss ("Kyslytsana"). */
  readonly names: NameSpellings;
  /** How each character of a draft folds (bounded by the characters there are). */
  readonly folds = new Folds();

  constructor(readonly dataset: ParleyDataset) {
    this.index = createIndex(dataset);
    for (const [folded, entries] of this.index.names) {
      for (const entry of entries)
        this.automaton.add(folded, { kind: entry.kind === 'role' ? 'title' : 'name', entry });
    }
    for (const place of dataset.places) {
      for (const adjective of place.adjectives ?? []) {
        const folded = foldName(adjective);
        this.automaton.add(folded, { kind: 'qualifier', place: place.id, text: adjective });
        if (!folded.includes(' ')) this.adjectives.add(folded);
      }
    }
    this.sourceKeys = dataset.sources.map((s) => s.id);
    let longest = 1;
    for (const q of dataset.quantities) {
      if (q.terms.ofNouns)
        this.ofNouns.set(q.id, {
          of: new Set(q.terms.ofNouns.map(foldName)),
          nouns: q.terms.nouns.map(foldName),
        });
      for (const noun of [...q.terms.nouns, ...(q.terms.ofNouns ?? [])]) {
        const folded = foldName(noun);
        const list = this.quantitiesByNoun.get(folded) ?? [];
        if (!list.includes(q.id)) list.push(q.id);
        this.quantitiesByNoun.set(folded, list);
        const words = folded.split(' ');
        this.nounWordsByFirst.set(
          words[0]!,
          Math.max(this.nounWordsByFirst.get(words[0]!) ?? 0, words.length),
        );
        longest = Math.max(longest, words.length);
      }
    }
    this.longestNoun = longest;
    for (const q of dataset.quantities) {
      const reports = this.index.reportsOf(q.id);
      this.reports.set(q.id, reports);
      const byClass: ReportsByClass = { count: [], fraction: [], km2: [] };
      for (const f of reports) {
        byClass[unitClass(f.unit)].push(f);
        if (f.value.exactness !== 'vague') continue;
        const read = findNumbers(foldName(f.text)).find(
          (n) => n.qualifier === 'vague' && n.max !== undefined,
        );
        if (read) this.vagueBounds.set(f.id, [read.value, read.max!]);
      }
      this.reportsByClass.set(q.id, byClass);
      this.context.addTerms(q.id, q.terms.context);
      if (q.terms.scope) this.scope.addTerms(q.id, q.terms.scope);
    }
    const compiled = compileIdentities(this.index, dataset);
    this.identities = compiled.identities;
    this.timeQuantities = compiled.timeQuantities;
    this.actions = new ActionIndex();
    this.quotes = dataset.quotes.map((quote) => {
      const tokens = tokenize(quote.text);
      return { quote, words: tokens.map((t: Token) => t.word), tokens };
    });
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
    this.names = new NameSpellings(dataset.people);
  }

  /** The reports of a quantity in a unit class ("count", "fraction", "km2"). */
  reportsIn(id: string, unit: string | undefined): Figure[] {
    return this.reportsByClass.get(id)?.[unitClass(unit)] ?? [];
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

/**
 * Compiles a dataset for linting. Compile once and pass the model to every {@link lint} call: the shells
 * (CLI, language server, gateway, web page) hold one model for the life of the process.
 */
export const compile = (dataset: ParleyDataset): LintModel => new LintModel(dataset);
