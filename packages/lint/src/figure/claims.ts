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
  bySentence: Map<number, Map<string, number>>,
): { q: Quantity; score: number }[] {
  const context = () => contextHits(model, a, si, bySentence);
  const ids = new Set<string>();
  if (n.unit) {
    // Fractions and areas have no noun: start from the quantities the sentence's context names.
    for (const id of context().keys()) if (model.index.quantity(id)!.units.includes(n.unit)) ids.add(id);
  } else {
    const words = wordsAfter(a.folded, n.nounFrom, 3 + model.longestNoun);
    for (let skip = 0; skip <= 2 && ids.size === 0; skip++) {
      const first = words[skip];
      if (first === undefined) break;
      // A phrase of two words or more begins with its first word as written and has no more words than some
      // noun beginning so; one word is looked up less any "'s".
      const most = Math.min(model.nounWordsByFirst.get(first) ?? 0, words.length - skip);
      for (let len = Math.min(model.longestNoun, words.length - skip); len >= 1; len--) {
        if (len > 1 && len > most) continue;
        const phrase =
          len === 1 ? withoutPossessive(first) : withoutPossessive(words.slice(skip, skip + len).join(' '));
        for (const id of model.quantitiesByNoun.get(phrase) ?? []) ids.add(id);
        if (ids.size > 0) break;
      }
    }
  }
  const out: { q: Quantity; score: number }[] = [];
  if (ids.size === 0) return out;
  const hits = context();
  for (const id of ids) {
    const score = hits.get(id);
    if (score) out.push({ q: model.index.quantity(id)!, score });
  }
  return out.sort((x, y) => y.score - x.score);
}

/** The context terms of sentence `si` by quantity, found once per sentence. */
function contextHits(
  model: LintModel,
  a: Analysis,
  si: number,
  bySentence: Map<number, Map<string, number>>,
): Map<string, number> {
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
  const hitsBySentence = new Map<number, Map<string, number>>();
  for (const n of a.numbers) {
    const si = sentenceAt(a, n.start);
    if (si < 0) continue;
    const cands = candidates(model, a, n, si, hitsBySentence);
    if (cands.length === 0) continue;
    const evaluated = cands
      .map(({ q, score }) => {
        const reports = (model.reports.get(q.id) ?? []).filter(
          (f) => unitClass(f.unit) === unitClass(n.unit),
        );
        const perSide = q.perSide === true;
        return {
          q,
          score,
          reports,
          agreeing: reports.filter((f) => agrees(n, f, perSide || f.per === 'each-side')),
        };
      })
      .filter((c) => c.reports.length > 0);
    if (evaluated.length === 0) continue;
    const ok = evaluated.find((c) => c.agreeing.length > 0);
    // A contradiction only counts when one quantity is clearly meant: precision before recall.
    const top = evaluated[0]!;
    const clear = evaluated.length === 1 || top.score > evaluated[1]!.score;
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
