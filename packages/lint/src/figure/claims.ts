import type { Figure, Quantity } from '@parley/dataset';
import { MINUTES, type NumberExpr } from '@parley/numbers';
import { type Analysis, sentenceAt } from '../analysis.js';
import { isSpace } from '../document/fold.js';
import type { LintModel } from '../model.js';
import { type Agreement, compare } from './compare.js';
import { type Conflict, conflictOf, namesItsDay, namesItsEvent } from './conflict.js';
import type { TimeQuantity } from './identity.js';
import { daysNamed, type Situation, situationOf } from './situation.js';

/** A number in the draft recognised as a report of a recorded quantity. */
export interface FigureClaim {
  number: NumberExpr;
  sentence: number;
  quantity: Quantity;
  /** Every recorded report of the quantity in a comparable unit. */
  reports: Figure[];
  /** The reports the draft's number agrees with. */
  agreeing: Figure[];
  /** Whether every report contradicts the number (a vague report, or a bound that implies nothing, does not). */
  contradicts: boolean;
  /** The draft's number in the quantity's unit, when it was written in another unit of time. */
  converted?: number;
}

/** Where a figure as written ends: past its unit when it is a duration ("a week", "three hours"). */
export const figureEnd = (n: NumberExpr): number => (n.time ? n.through : n.end);

/** Where the words after a number stop: punctuation, brackets, quotation marks and line ends. */
const STOP = new Set([...'.,;:!?()[]"“”\n'].map((c) => c.charCodeAt(0)));

/**
 * Words a counted noun may be preceded by without changing what is counted ("472 Shahed-type attack
 * drones", "12,000 dead soldiers", "41 Russian bombers"). Anything else between the number and a noun of a
 * quantity ("two categories of prisoners", "the two countries' leaders") means the number counts another
 * thing.
 */
const MODIFIERS = new Set(
  'new young dead fallen frozen wounded seriously severely gravely ill sick strategic military long-range heavy armed ballistic cruise combat enemy civilian unmanned aerial killed captured missing abducted deported kidnapped ukrainian russian'.split(
    ' ',
  ),
);

/**
 * The first `limit` words after a number, up to punctuation, with where each ends: where the counted noun
 * is. Within 90 characters: white space, then at most 80 characters up to the first stop.
 */
function wordsAfter(folded: string, from: number, limit: number): { words: string[]; ends: number[] } {
  const window = Math.min(from + 90, folded.length);
  let i = from;
  while (i < window && isSpace(folded.charCodeAt(i))) i++;
  const cap = Math.min(i + 80, window);
  let end = i;
  while (end < cap && !STOP.has(folded.charCodeAt(end))) end++;
  const words: string[] = [];
  const ends: number[] = [];
  while (words.length < limit) {
    while (i < end && isSpace(folded.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isSpace(folded.charCodeAt(i))) i++;
    words.push(folded.slice(s, i));
    ends.push(i);
  }
  return { words, ends };
}

/** A phrase less a final "'s" (or "’s"). */
const withoutPossessive = (phrase: string): string =>
  phrase.endsWith("'s") || phrase.endsWith('’s') ? phrase.slice(0, -2) : phrase;

/** Whether a counted noun may be preceded by this word: a modifier, a country's adjective, a compound. */
const skippable = (model: LintModel, word: string): boolean =>
  MODIFIERS.has(word) || model.adjectives.has(word) || (word.includes('-') && !word.endsWith('-'));

/** A quantity the number may report, and where the words naming what it counts end. */
interface Candidate {
  id: string;
  nounEnd: number;
}

/** Quantities whose nouns follow the number: "427 drones", "14-member delegation", "a fifth of Ukraine". */
function byNoun(model: LintModel, a: Analysis, n: NumberExpr): Candidate[] {
  const { words, ends } = wordsAfter(a.folded, n.nounFrom, 3 + model.longestNoun);
  const out: Candidate[] = [];
  for (let skip = 0; skip <= 2 && out.length === 0; skip++) {
    const first = words[skip];
    if (first === undefined) break;
    // A phrase of two words or more begins with its first word as written and has no more words than some
    // noun beginning so; one word is looked up less any "'s".
    const most = Math.min(model.nounWordsByFirst.get(first) ?? 0, words.length - skip);
    for (let len = Math.min(model.longestNoun, words.length - skip); len >= 1; len--) {
      if (len > 1 && len > most) continue;
      const phrase =
        len === 1 ? withoutPossessive(first) : withoutPossessive(words.slice(skip, skip + len).join(' '));
      for (const id of model.quantitiesByNoun.get(phrase) ?? [])
        if (!out.some((c) => c.id === id) && countsHere(model, a, n, id, phrase))
          out.push({ id, nounEnd: ends[skip + len - 1]! });
      if (out.length > 0) break;
    }
    if (out.length > 0 || !skippable(model, first)) break;
  }
  return out;
}

/**
 * Whether `phrase` counts quantity `id` here: always for one of its nouns; for one of its `ofNouns` only when
 * one of its nouns and "of" stand before the number ("the bodies of 6,000 soldiers", not "6,000 soldiers").
 */
function countsHere(model: LintModel, a: Analysis, n: NumberExpr, id: string, phrase: string): boolean {
  const of = model.ofNouns.get(id);
  if (!of?.of.has(phrase)) return true;
  const before = a.folded.slice(Math.max(0, n.start - 40), n.start);
  const m = /\bof\s+(?:the\s+)?$/.exec(before);
  if (!m) return false;
  const head = before.slice(0, m.index).trimEnd();
  return of.nouns.some(
    (noun) => head.endsWith(noun) && !/[\p{L}\p{N}]/u.test(head.charAt(head.length - noun.length - 1)),
  );
}

/** A number joined to a unit in the singular by a hyphen: "18-month", "two-and-a-half-hour". */
const ATTRIBUTIVE = /-(?:minute|hour|day|week|month|year)$/;

/**
 * Quantities counted in units of time that a duration may report ("three hours", "a month ago", "aged 25"):
 * those whose nouns name what follows the unit ("ceasefire" after "30-day", "old" after "25 years"), else
 * those counting the time alone; in a unit not too far from the draft's (days and years are not compared).
 */
function byTime(model: LintModel, a: Analysis, n: NumberExpr): Candidate[] {
  const time = n.time ?? (n.age ? { unit: 'year' as const, ago: false } : undefined);
  if (!time) return [];
  // What follows the unit's word: "ceasefire" in "30-day ceasefire", "" after "three hours".
  const after = a.folded.slice(n.through, n.through + 40).replace(/^-long\b/, '');
  const tail = n.age ? 'old' : (/^[\s-]*([a-z]+)/.exec(after)?.[1] ?? '');
  const fits = (t: TimeQuantity) => {
    if (t.ago !== time.ago) return false;
    const ratio = MINUTES[t.unit] / MINUTES[time.unit];
    return ratio <= 60 && ratio >= 1 / 60;
  };
  // Every word of a quantity's tail must follow: "years of war", not "years of imperial history".
  const rest = after.replace(/^[\s-]+/, '').replace(/\s+/g, ' ');
  const follows = (x: string) =>
    x !== '' && rest.startsWith(x) && !/[\p{L}\p{N}]/u.test(rest.charAt(x.length));
  let pool = model.timeQuantities.byTail(tail).filter((t) => fits(t) && t.tails.some(follows));
  // "300 years of imperial history": a length of time of something, and no quantity counts that thing.
  if (pool.length === 0 && tail === 'of') return [];
  // A unit joined to its number ("an 18-month mission", "a 90-minute meeting") qualifies the noun after it:
  // the duration is that thing's, and when no quantity counts that thing it is no duration of record.
  if (pool.length === 0 && tail !== '' && ATTRIBUTIVE.test(a.folded.slice(n.start, n.through))) return [];
  // Ages ("years old") are counted only by ages; a bare duration by the quantities of time alone.
  if (pool.length === 0 && tail !== 'old') pool = model.timeQuantities.bare.filter(fits);
  return pool.map((t) => ({ id: t.id, nounEnd: n.through }));
}

/** Shares "of" something: the whole must be one the quantity names ("of Ukraine", not "of the rest"). */
function byShare(model: LintModel, a: Analysis, n: NumberExpr): Candidate[] | undefined {
  if (!/^\s+of\b/.test(a.folded.slice(n.end, n.end + 5))) return undefined;
  const { words, ends } = wordsAfter(a.folded, n.end, model.longestNoun);
  const out: Candidate[] = [];
  for (let len = words.length; len >= 2; len--) {
    for (const id of model.quantitiesByNoun.get(withoutPossessive(words.slice(0, len).join(' '))) ?? [])
      if (!out.some((c) => c.id === id)) out.push({ id, nounEnd: ends[len - 1]! });
    if (out.length > 0) break;
  }
  return out;
}

interface Evaluated {
  q: Quantity;
  score: number;
  reports: Figure[];
  agreeing: Figure[];
  contradicts: boolean;
  converted?: number;
}

/** One lint call's figure checking: situations and context terms found once per sentence. */
class FigureCheck {
  readonly #situations = new Map<number, Situation>();
  readonly #context = new Map<number, Map<string, string[]>>();
  readonly #scope = new Map<number, Map<string, string[]>>();
  /** Why each number left unchecked was left so, by quantity: for tests and hover explanations. */
  readonly conflicts: { number: NumberExpr; quantity: string; conflict: Conflict }[] = [];

  constructor(
    readonly model: LintModel,
    readonly a: Analysis,
  ) {}

  situation(si: number): Situation {
    let s = this.#situations.get(si);
    if (!s) {
      const sentence = this.a.sentences[si]!;
      s = situationOf(this.model, this.a, sentence.start, sentence.end);
      this.#situations.set(si, s);
    }
    return s;
  }

  /** The situation of the sentence before sentence si, when no blank line parts them (one paragraph). */
  before(si: number): Situation | undefined {
    if (si === 0) return undefined;
    const prev = this.a.sentences[si - 1]!;
    const gap = this.a.prose.slice(prev.end, this.a.sentences[si]!.start);
    return /\n[ \t]*\n/.test(gap) ? undefined : this.situation(si - 1);
  }

  context(si: number): Map<string, string[]> {
    return this.#terms(this.#context, this.model.context, si);
  }

  scope(si: number): Map<string, string[]> {
    return this.#terms(this.#scope, this.model.scope, si);
  }

  #terms(
    memo: Map<number, Map<string, string[]>>,
    index: LintModel['context'],
    si: number,
  ): Map<string, string[]> {
    let hits = memo.get(si);
    if (!hits) {
      const s = this.a.sentences[si]!;
      hits = index.hits(this.a.folded, s.start, s.end);
      memo.set(si, hits);
    }
    return hits;
  }

  /** The quantities number n may report, each with how clearly its sentence identifies it. */
  candidates(n: NumberExpr, si: number): { q: Quantity; score: number; nounEnd: number }[] {
    if (n.partial) return [];
    const { model } = this;
    let found: Candidate[];
    if (n.time || n.age) found = byTime(model, this.a, n);
    else if (n.unit === 'fraction') found = byShare(model, this.a, n) ?? this.#byContext(n, si);
    else if (n.unit) found = this.#byContext(n, si);
    else found = byNoun(model, this.a, n);
    const out: { q: Quantity; score: number; nounEnd: number }[] = [];
    if (found.length === 0) return out;
    const context = this.context(si);
    const sentence = this.a.sentences[si]!;
    const days = daysNamed(this.a, sentence.start, sentence.end);
    // A day names a count only when it is the one count of the thing on that day: "on Sunday" names the
    // June 1 barrage among drones, but no one duration among the many of June 2.
    const onDay = found.filter((c) => namesItsDay(model.identities.get(c.id)!, days));
    for (const c of found) {
      const id = model.identities.get(c.id)!;
      const q = id.quantity;
      // The sentence must say which count it is: by a word that identifies it, or by its very day. The
      // event alone does not: many counts belong to one round of talks.
      const day = onDay.length === 1 && onDay[0] === c;
      const score = (context.get(c.id)?.length ?? 0) + (day ? 1 : 0);
      if (score === 0) continue;
      const situation = this.situation(si);
      if (q.terms.scope && !day && !namesItsEvent(id, situation) && !this.scope(si).has(c.id)) continue;
      const conflict = conflictOf(
        model,
        this.a,
        id,
        { number: n, nounEnd: c.nounEnd },
        situation,
        this.before(si),
      );
      if (conflict) {
        this.conflicts.push({ number: n, quantity: c.id, conflict });
        continue;
      }
      out.push({ q, score, nounEnd: c.nounEnd });
    }
    return out.length > 1 ? out.sort((x, y) => y.score - x.score) : out;
  }

  /** Fractions and areas without a noun: the quantities in the number's unit whose context the sentence has. */
  #byContext(n: NumberExpr, si: number): Candidate[] {
    const out: Candidate[] = [];
    for (const id of this.context(si).keys())
      if (this.model.index.quantity(id)!.units.includes(n.unit!)) out.push({ id, nounEnd: n.end });
    return out;
  }
}

/** The draft's number in a quantity's unit, when the number is a duration and the quantity counts time. */
function inUnitOf(n: NumberExpr, q: Quantity): number | undefined {
  const time = n.time ?? (n.age ? { unit: 'year' as const } : undefined);
  if (!time) return undefined;
  const unit = q.units.find((u): u is keyof typeof MINUTES => u in MINUTES);
  if (!unit || unit === time.unit) return undefined;
  return (n.value * MINUTES[time.unit]) / MINUTES[unit];
}

/** Figure claims in the draft: numbers tied to one recorded quantity, compared with every report of it. */
export function figureClaims(model: LintModel, a: Analysis): FigureClaim[] {
  const out: FigureClaim[] = [];
  const check = new FigureCheck(model, a);
  for (const n of a.numbers) {
    const si = sentenceAt(a, n.start);
    if (si < 0) continue;
    const cands = check.candidates(n, si);
    if (cands.length === 0) continue;
    // The candidates with reports in the number's unit: the first two, and the first the number agrees with.
    let top: Evaluated | undefined;
    let second: Evaluated | undefined;
    let ok: Evaluated | undefined;
    for (const { q, score } of cands) {
      const reports = model.reportsIn(q.id, n.unit);
      if (reports.length === 0) continue;
      const perSide = q.perSide === true;
      const converted = inUnitOf(n, q);
      const written = converted === undefined ? n : scaled(n, converted);
      const agreeing: Figure[] = [];
      let contradicts = true;
      for (const f of reports) {
        const verdict: Agreement = compare(written, f, perSide || f.per === 'each-side', {
          limit: q.limit !== undefined,
          ...(model.vagueBounds.has(f.id) ? { vague: model.vagueBounds.get(f.id)! } : {}),
        });
        if (verdict === 'agrees') agreeing.push(f);
        if (verdict !== 'contradicts') contradicts = false;
      }
      const c: Evaluated = { q, score, reports, agreeing, contradicts };
      if (converted !== undefined) c.converted = converted;
      if (!top) top = c;
      else second ??= c;
      if (!ok && agreeing.length > 0) ok = c;
    }
    if (!top) continue;
    // A contradiction only counts when one quantity is clearly meant: precision before recall.
    const clear = !second || top.score > second.score;
    const chosen = ok ?? (clear ? top : undefined);
    if (!chosen) continue;
    const claim: FigureClaim = {
      number: n,
      sentence: si,
      quantity: chosen.q,
      reports: chosen.reports,
      agreeing: chosen.agreeing,
      contradicts: chosen.agreeing.length === 0 && chosen.contradicts,
    };
    if (chosen.converted !== undefined) claim.converted = chosen.converted;
    out.push(claim);
  }
  return out;
}

/** A number with its value (and range) in another unit. */
function scaled(n: NumberExpr, value: number): NumberExpr {
  const factor = value / n.value;
  const out: NumberExpr = { ...n, value };
  if (n.max !== undefined) out.max = n.max * factor;
  return out;
}
