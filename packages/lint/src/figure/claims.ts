import type { Figure, Quantity } from '@parley/dataset';
import { type Analysis, sentenceAt } from '../analysis.js';
import { isSpace } from '../document/fold.js';
import type { LintModel } from '../model.js';
import { agrees } from './compare.js';
import type { NumberExpr } from './numbers.js';

/** A number in the draft recognised as a report of a recorded quantity. */
export interface FigureClaim {
  number: NumberExpr;
  sentence: number;
  quantity: Quantity;
  /** Every recorded report of the quantity in a comparable unit. */
  reports: Figure[];
  /** The reports the draft's number agrees with; empty means it contradicts them all. */
  agreeing: Figure[];
}

const unitClass = (u: string | undefined) => (u === 'fraction' || u === 'km2' ? u : 'count');

/** Where the words after a number stop: punctuation, brackets, quotation marks and line ends. */
const STOP = new Set([...'.,;:!?()[]"“”\n'].map((c) => c.charCodeAt(0)));

/**
 * The first `limit` words after a number, up to punctuation: where the counted noun is. Within 90 characters:
 * white space, then at most 80 characters up to the first stop, split at white space.
 */
function wordsAfter(folded: string, from: number, limit: number): string[] {
  const window = Math.min(from + 90, folded.length);
  let i = from;
  while (i < window && isSpace(folded.charCodeAt(i))) i++;
  const cap = Math.min(i + 80, window);
  let end = i;
  while (end < cap && !STOP.has(folded.charCodeAt(end))) end++;
  const words: string[] = [];
  while (words.length < limit) {
    while (i < end && isSpace(folded.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isSpace(folded.charCodeAt(i))) i++;
    words.push(folded.slice(s, i));
  }
  return words;
}

/** A phrase less a final "'s" (or "’s"). */
const withoutPossessive = (phrase: string): string =>
  phrase.endsWith("'s") || phrase.endsWith('’s') ? phrase.slice(0, -2) : phrase;

/** Quantities a number may report: by the noun after it (or its unit) and the context of its sentence. */
function candidates(
  model: LintModel,
  a: Analysis,
  n: NumberExpr,
  si: number,
  bySentence: Map<number, Map<string, string[]>>,
): { q: Quantity; score: number }[] {
  // Distinct quantity ids, in order found.
  const ids: string[] = [];
  if (n.unit) {
    // Fractions and areas have no noun: start from the quantities the sentence's context names.
    for (const id of contextHits(model, a, si, bySentence).keys())
      if (model.index.quantity(id)!.units.includes(n.unit)) ids.push(id);
  } else {
    const words = wordsAfter(a.folded, n.nounFrom, 3 + model.longestNoun);
    for (let skip = 0; skip <= 2 && ids.length === 0; skip++) {
      const first = words[skip];
      if (first === undefined) break;
      // A phrase of two words or more begins with its first word as written and has no more words than some
      // noun beginning so; one word is looked up less any "'s".
      const most = Math.min(model.nounWordsByFirst.get(first) ?? 0, words.length - skip);
      for (let len = Math.min(model.longestNoun, words.length - skip); len >= 1; len--) {
        if (len > 1 && len > most) continue;
        const phrase =
          len === 1 ? withoutPossessive(first) : withoutPossessive(words.slice(skip, skip + len).join(' '));
        for (const id of model.quantitiesByNoun.get(phrase) ?? []) if (!ids.includes(id)) ids.push(id);
        if (ids.length > 0) break;
      }
    }
  }
  const out: { q: Quantity; score: number }[] = [];
  if (ids.length === 0) return out;
  const hits = contextHits(model, a, si, bySentence);
  for (const id of ids) {
    const score = hits.get(id)?.length;
    if (score) out.push({ q: model.index.quantity(id)!, score });
  }
  return out.length > 1 ? out.sort((x, y) => y.score - x.score) : out;
}

interface Evaluated {
  q: Quantity;
  score: number;
  reports: Figure[];
  agreeing: Figure[];
}

/** Per dataset: each quantity's reports by unit class (shared: do not modify). */
const reportsByClass = new WeakMap<LintModel, Map<string, Record<string, Figure[]>>>();

/** The reports of a quantity in a unit class ("count", "fraction", "km2"). */
function reportsIn(model: LintModel, id: string, unit: string): Figure[] {
  let byQuantity = reportsByClass.get(model);
  if (!byQuantity) {
    byQuantity = new Map();
    reportsByClass.set(model, byQuantity);
  }
  let byUnit = byQuantity.get(id);
  if (!byUnit) {
    byUnit = { count: [], fraction: [], km2: [] };
    for (const f of model.reports.get(id) ?? []) byUnit[unitClass(f.unit)]!.push(f);
    byQuantity.set(id, byUnit);
  }
  return byUnit[unit]!;
}

/** The context terms of sentence `si` by quantity, found once per sentence. */
function contextHits(
  model: LintModel,
  a: Analysis,
  si: number,
  bySentence: Map<number, Map<string, string[]>>,
): Map<string, string[]> {
  let hits = bySentence.get(si);
  if (!hits) {
    const s = a.sentences[si]!;
    hits = model.context.hits(a.folded, s.start, s.end);
    bySentence.set(si, hits);
  }
  return hits;
}

/** Figure claims in the draft: numbers tied to one recorded quantity, compared with every report of it. */
export function figureClaims(model: LintModel, a: Analysis): FigureClaim[] {
  const out: FigureClaim[] = [];
  const hitsBySentence = new Map<number, Map<string, string[]>>();
  for (const n of a.numbers) {
    const si = sentenceAt(a, n.start);
    if (si < 0) continue;
    const cands = candidates(model, a, n, si, hitsBySentence);
    if (cands.length === 0) continue;
    // The candidates with reports in the number's unit: the first two, and the first the number agrees with.
    let top: Evaluated | undefined;
    let second: Evaluated | undefined;
    let ok: Evaluated | undefined;
    for (const { q, score } of cands) {
      const reports = reportsIn(model, q.id, unitClass(n.unit));
      if (reports.length === 0) continue;
      const perSide = q.perSide === true;
      const agreeing: Figure[] = [];
      for (const f of reports) if (agrees(n, f, perSide || f.per === 'each-side')) agreeing.push(f);
      const c = { q, score, reports, agreeing };
      if (!top) top = c;
      else second ??= c;
      if (!ok && agreeing.length > 0) ok = c;
    }
    if (!top) continue;
    // A contradiction only counts when one quantity is clearly meant: precision before recall.
    const clear = !second || top.score > second.score;
    const chosen = ok ?? (clear ? top : undefined);
    if (!chosen) continue;
    out.push({
      number: n,
      sentence: si,
      quantity: chosen.q,
      reports: chosen.reports,
      agreeing: chosen.agreeing,
    });
  }
  return out;
}
