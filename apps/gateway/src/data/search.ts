import { foldName, type RecordKind } from '@parley/dataset';
import { type DataRecord, type DatasetGraph, KINDS, preferred } from './graph.js';

/** One search result: the record, its score (higher is better) and what in it matched. */
export interface SearchHit {
  record: DataRecord;
  kind: RecordKind;
  score: number;
  /** The spelling, key or word of the record that matched best, as written in the dataset. */
  matched: string;
  /** Where it matched: `name`, `key`, or the field whose words matched (`description`, `text`, …). */
  field: string;
}

/** Longest query accepted; longer ones are rejected rather than cut. */
export const MAX_QUERY_LENGTH = 200;

// Words too common to rank by. A query made only of them still searches with them.
const STOP = new Set(
  'a an and are as at be by for from has have he her his in is it its of on or said says she that the their they this to was were with'.split(
    ' ',
  ),
);

/** Folded words of a text: letters and digits, so "Zelensky’s" gives "zelensky" and "s". */
export function words(text: string): string[] {
  return foldName(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// How much a word counts by where it occurs: in a name more than in a description, in a description more
// than in an evidence excerpt quoted from an article.
const WEIGHT = { name: 3, primary: 2, secondary: 1, excerpt: 0.5 } as const;
type Weight = keyof typeof WEIGHT;

interface Posting {
  doc: number;
  weight: number;
  field: string;
  word: string;
}

interface Doc {
  record: DataRecord;
  kind: RecordKind;
  order: number;
}

/**
 * Ranked search over every record of every kind. A query that is exactly a recorded spelling (any case,
 * diacritics, or a transliteration the dataset records, such as "Kiev" or "Oumerov") ranks its record first,
 * preferred spellings above accepted and deprecated ones; a citation key finds its source; otherwise the
 * words of the query are matched against the words of names, descriptions, quotes, figures and evidence,
 * each weighted by where it occurs and by how rare the word is (so "drones" outranks "talks"). The last word
 * also matches as a prefix, for search-as-you-type.
 */
export class SearchIndex {
  readonly #docs: Doc[] = [];
  readonly #docOf = new Map<DataRecord, number>();
  readonly #postings = new Map<string, Posting[]>();
  readonly #sortedWords: string[];

  constructor(readonly graph: DatasetGraph) {
    for (const kind of KINDS) {
      for (const record of graph.all(kind)) {
        const doc = this.#docs.length;
        this.#docs.push({ record, kind, order: doc });
        this.#docOf.set(record, doc);
        for (const [text, weight, field] of this.#fields(kind, record)) this.#add(doc, text, weight, field);
      }
    }
    this.#sortedWords = [...this.#postings.keys()].sort();
  }

  /** The texts of a record to index, each with its weight and field name. */
  #fields(kind: RecordKind, r: DataRecord): [string | null | undefined, Weight, string][] {
    const g = this.graph;
    const nameOf = (key: string | null | undefined) => {
      const x = key ? g.any(key) : undefined;
      return x && 'names' in x ? preferred(x.names) : undefined;
    };
    const out: [string | null | undefined, Weight, string][] = [];
    if ('names' in r) for (const n of r.names) out.push([n.text, 'name', 'name']);
    switch (kind) {
      case 'source': {
        const s = g.get('source', r.id)!;
        out.push([s.title, 'primary', 'title'], [s.outlet, 'secondary', 'outlet']);
        out.push([s.publisher, 'secondary', 'publisher']);
        for (const b of s.byline) out.push([b, 'secondary', 'byline']);
        break;
      }
      case 'person':
      case 'organisation':
      case 'place':
      case 'event':
        out.push([(r as { description: string }).description, 'primary', 'description']);
        if (kind === 'place')
          for (const a of g.get('place', r.id)!.adjectives ?? []) out.push([a, 'name', 'adjective']);
        break;
      case 'role': {
        const o = g.get('role', r.id)!;
        for (const t of o.title) out.push([t.text, 'name', 'title']);
        out.push([nameOf(o.person), 'secondary', 'holder']);
        break;
      }
      case 'quantity': {
        const q = g.get('quantity', r.id)!;
        out.push([q.description, 'primary', 'description']);
        for (const t of [...q.terms.nouns, ...q.terms.context]) out.push([t, 'secondary', 'terms']);
        break;
      }
      case 'figure': {
        const f = g.get('figure', r.id)!;
        out.push([f.text, 'primary', 'text'], [f.attribution, 'secondary', 'attribution']);
        for (const a of f.attributedTo) out.push([nameOf(a), 'secondary', 'attributedTo']);
        break;
      }
      case 'quote': {
        const q = g.get('quote', r.id)!;
        out.push([q.text, 'primary', 'text'], [nameOf(q.speaker), 'secondary', 'speaker']);
        out.push([q.speakerDescription, 'secondary', 'speakerDescription']);
        out.push([q.settingDetail, 'secondary', 'settingDetail']);
        break;
      }
      case 'position': {
        const p = g.get('position', r.id)!;
        out.push([p.summary, 'primary', 'summary'], [nameOf(p.party), 'secondary', 'party']);
        for (const s of p.statedBy ?? []) out.push([nameOf(s), 'secondary', 'statedBy']);
        out.push([p.document, 'secondary', 'document']);
        break;
      }
      case 'biography': {
        const b = g.get('biography', r.id)!;
        out.push([b.statement, 'primary', 'statement'], [nameOf(b.person), 'secondary', 'person']);
        break;
      }
    }
    for (const e of r.evidence) out.push([e.excerpt, 'excerpt', 'evidence']);
    return out;
  }

  #add(doc: number, text: string | null | undefined, weight: Weight, field: string): void {
    if (!text) return;
    for (const word of words(text)) {
      let list = this.#postings.get(word);
      if (!list) {
        list = [];
        this.#postings.set(word, list);
      }
      const last = list.at(-1);
      // One posting per word and record: the heaviest place it occurs.
      if (last?.doc === doc) {
        if (WEIGHT[weight] > last.weight) {
          last.weight = WEIGHT[weight];
          last.field = field;
        }
      } else list.push({ doc, weight: WEIGHT[weight], field, word });
    }
  }

  #idf(df: number): number {
    return Math.log(1 + this.#docs.length / df);
  }

  /** Indexed words starting with a prefix (binary search over the sorted vocabulary). */
  #withPrefix(prefix: string): string[] {
    const list = this.#sortedWords;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < list.length && list[i]!.startsWith(prefix); i++) out.push(list[i]!);
    return out;
  }

  /**
   * Every record matching the query, best first; ties go in dataset order (sources, people, …), so the
   * order is stable and cursors stay valid. Restrict to some kinds with `kinds`.
   */
  search(query: string, kinds?: readonly RecordKind[]): SearchHit[] {
    const scores = new Map<number, { score: number; matched: string; field: string; best: number }>();
    const credit = (doc: number, points: number, matched: string, field: string) => {
      const s = scores.get(doc);
      if (!s) scores.set(doc, { score: points, matched, field, best: points });
      else {
        s.score += points;
        if (points > s.best) Object.assign(s, { matched, field, best: points });
      }
    };

    // Whole-name matches: any recorded spelling of a name or an office title, folded.
    const STATUS = { preferred: 100, accepted: 90, deprecated: 80 } as const;
    for (const entry of this.graph.index.byName(query)) {
      const record = this.graph.any(entry.id);
      const doc = record && this.#docOf.get(record);
      if (doc !== undefined)
        credit(
          doc,
          STATUS[entry.spelling.status],
          entry.spelling.text,
          entry.kind === 'role' ? 'title' : 'name',
        );
    }
    const byKey = this.graph.any(query.trim());
    const keyDoc = byKey && this.#docOf.get(byKey);
    if (keyDoc !== undefined) credit(keyDoc, 100, byKey!.id, 'key');

    // Word matches, weighted by field and rarity. Each query word counts once per record.
    const all = words(query);
    const meaningful = all.filter((w) => !STOP.has(w));
    const terms = meaningful.length ? meaningful : all;
    const matchedTerms = new Map<number, number>();
    // Per term, each record's best posting and its value, in arrays indexed by record: a search touches
    // many postings, and an object per posting was most of its time.
    const value = new Float64Array(this.#docs.length);
    const best: (Posting | undefined)[] = new Array(this.#docs.length);
    const touched: number[] = [];
    terms.forEach((term, i) => {
      const last = i === terms.length - 1;
      const consider = (word: string, factor: number) => {
        const list = this.#postings.get(word);
        if (!list) return;
        const idf = this.#idf(list.length);
        for (const p of list) {
          const v = p.weight * idf * factor;
          if (best[p.doc] === undefined) touched.push(p.doc);
          else if (v <= value[p.doc]!) continue;
          value[p.doc] = v;
          best[p.doc] = p;
        }
      };
      consider(term, 1);
      // Search as you type: the last word may be unfinished ("zelen" → "zelensky"), at a discount.
      if (last && term.length >= 3) for (const w of this.#withPrefix(term)) if (w !== term) consider(w, 0.5);
      for (const doc of touched) {
        const p = best[doc]!;
        credit(doc, value[doc]!, p.word, p.field);
        matchedTerms.set(doc, (matchedTerms.get(doc) ?? 0) + 1);
        best[doc] = undefined;
      }
      touched.length = 0;
    });

    const wanted = kinds?.length ? new Set(kinds) : undefined;
    const hits: SearchHit[] = [];
    for (const [doc, s] of scores) {
      const d = this.#docs[doc]!;
      if (wanted && !wanted.has(d.kind)) continue;
      // Records matching every word of the query come first: missing words scale the score down.
      const coverage = terms.length ? (matchedTerms.get(doc) ?? 0) / terms.length : 1;
      const score = s.best >= 80 ? s.score : s.score * coverage * coverage;
      hits.push({
        record: d.record,
        kind: d.kind,
        score: Math.round(score * 1000) / 1000,
        matched: s.matched,
        field: s.field,
      });
    }
    return hits.sort((a, b) => b.score - a.score || this.#docOf.get(a.record)! - this.#docOf.get(b.record)!);
  }
}
