import type { NumberExpr } from '@parley/numbers';
import type { Analysis } from '../analysis.js';
import { daysOf } from '../date/dates.js';
import type { LintModel } from '../model.js';
import type { QuantityIdentity } from './identity.js';
import { clauseOf, type Party, type Situation, type Span } from './situation.js';

/**
 * Why a sentence is about another count than a quantity, though it counts the same thing: it is dated to
 * another day (a date, a year, a weekday, "the following night"), names another event, speaks of an
 * attack where the quantity is no attack's, names another action ("shot down" for drones launched), or
 * names another party, or one in another place (another actor, target, owner or whole); or it names no
 * party at all and the sentence before it, in the same paragraph, is about another actor ("Ukraine launched
 * a drone strike. The attack involved 117 drones" is not Russia's barrage).
 */
export type Conflict =
  | 'date'
  | 'year'
  | 'weekday'
  | 'relative-time'
  | 'event'
  | 'attack'
  | 'action'
  | 'party'
  | 'actor'
  | 'target'
  | 'owner'
  | 'whole'
  | 'carried-out'
  | 'actor-unnamed'
  | 'antecedent';

const inside = (spans: readonly Span[], at: number) => spans.some((s) => s.start <= at && at < s.end);
const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] <= b[1] && b[0] <= a[1];
const weekday = (day: number) =>
  new Date(Date.UTC(Math.floor(day / 10000), (Math.floor(day / 100) % 100) - 1, day % 100)).getUTCDay();

/** The number's noun phrase: from the number to the end of the counted noun. */
export interface Counted {
  number: NumberExpr;
  /** End of the counted noun ("41 Russian aircraft" ends after "aircraft"). */
  nounEnd: number;
}

/** Whether the sentence names the quantity's event (or a larger or smaller one of it). */
export function namesItsEvent(id: QuantityIdentity, s: Situation): boolean {
  return s.events.some((e) => id.events.has(e.id) && !inside(s.since, e.start));
}

/** Whether the sentence dates itself to the quantity's own day: that date, or its weekday. */
export function namesItsDay(id: QuantityIdentity, s: Pick<Situation, 'dates' | 'weekdays'>): boolean {
  const days = id.days;
  if (!days || days[0] !== days[1]) return false;
  const year = Math.floor(days[0] / 10000);
  return (
    s.dates.some((d) => d.day !== undefined && d.endDay === undefined && daysOf(d, year)[0] === days[0]) ||
    s.weekdays.some((w) => w.day === weekday(days[0]))
  );
}

/** The first reason the sentence is about another count than `id`'s quantity, if there is one. */
export function conflictOf(
  model: LintModel,
  a: Analysis,
  id: QuantityIdentity,
  c: Counted,
  s: Situation,
  /** The sentence before, when it is in the same paragraph: what "the attack" or "it" may refer to. */
  before?: Situation,
): Conflict | undefined {
  const n = c.number;
  const own = (x: Span) => x.start < n.through && n.start < x.end;
  const days = id.days;
  if (days) {
    const year = Math.floor(days[0] / 10000);
    for (const d of s.dates)
      if (!own(d) && !inside(s.since, d.start) && !overlaps(daysOf(d, year), days)) return 'date';
    for (const y of s.years)
      if (!inside(s.since, y.start) && !overlaps([y.year * 10000 + 101, y.year * 10000 + 1231], days))
        return 'year';
    if (days[0] === days[1]) for (const w of s.weekdays) if (w.day !== weekday(days[0])) return 'weekday';
    for (const r of s.relative) if (!own(r) && !inside(s.since, r.start)) return 'relative-time';
  }
  if (id.quantity.event) {
    for (const e of s.events) {
      if (id.events.has(e.id) || inside(s.since, e.start)) continue;
      // The war is the backdrop of every count; naming it says nothing of which one this is.
      if (model.index.event(e.id)?.type === 'invasion') continue;
      return 'event';
    }
  }
  const clause = clauseOf(s, n.start, c.nounEnd);
  const inClause = (x: Span) => x.start >= clause.start && x.end <= clause.end;
  if (!id.attack && s.attacks.some((x) => inClause(x) && !own(x))) return 'attack';
  // The actions of the number's own part of the clause: a coordinated item ("… 60 days and an exchange of
  // prisoners") has its own; two actions joined ("killed and injured") are one count's.
  const part = coordinated(a, s, clause, n.start, c.nounEnd);
  const actions = s.actions.filter(
    (x) => x.start >= part.start && x.end <= part.end && !inside(s.since, x.start),
  );
  if (id.actions && actions.length > 0) {
    const named = new Set(actions.map((x) => x.action));
    if (named.size !== id.actions.size || [...named].some((x) => !id.actions!.has(x))) return 'action';
  }
  if (id.planned && actions.some((x) => id.actions?.has(x.action) && carriedOut(a, x))) return 'carried-out';
  const parties = s.parties.filter((p) => !inside(s.since, p.start));
  if (id.parties) for (const p of parties) if (!p.located && !id.parties.has(p.side)) return 'party';
  // Who did it must not be left to guess when the sentence names only the other side ("150 drones were
  // used, according to the SBU" is not Russia's barrage). A party things were aimed at or done in ("on
  // Russian air bases") is not who did them.
  if (id.actor && parties.length > 0 && !parties.some((p) => !p.aimedAt && id.actor!.has(p.side)))
    return 'actor-unnamed';
  // A sentence naming no one takes its actor from the one before: its first party that is neither a place
  // something happened in nor a word qualifying a noun ("Russian" in "Russian airbases").
  if (id.actor && parties.length === 0 && before) {
    const subject = before.parties.find((p) => !p.located && !p.qualifies && !inside(before.since, p.start));
    if (subject && !id.actor.has(subject.side)) return 'antecedent';
  }
  if (id.owner) {
    for (const p of parties) {
      // "Ukraine's 14-member delegation", "Russia's delegation of ten members".
      const gap = p.end <= n.start ? a.folded.slice(p.end, n.start) : undefined;
      const before =
        gap !== undefined &&
        (/^(?:'s)?\s*(?:(?:new|own|entire|whole|latest)\s+)?$/.test(gap) ||
          (p.qualifies &&
            /^(?:'s)?\s+(?!(?:a|an|the)\s)(?:[a-z-]+\s+){1,2}of\s+(?:the\s+)?(?:(?:some|about|around|nearly|almost)\s+)?$/.test(
              gap,
            )));
      const within = p.start >= n.end && p.end <= c.nounEnd;
      if ((before || within) && !p.located && !id.owner.has(p.side)) return 'owner';
    }
  }
  if (id.actions && (id.actor || id.target)) {
    for (const act of actions) {
      if (!id.actions.has(act.action)) continue;
      if (id.actor) {
        const subject = subjectOf(a, parties, act, n.start, c.nounEnd);
        if (subject && !id.actor.has(subject.side)) return 'actor';
      }
      if (id.target) {
        for (const p of parties) {
          const from = p.start > c.nounEnd ? c.nounEnd : act.end;
          if (p.start < from || p.start - from > 40) continue;
          if (
            /^\s+(?:[a-z'-]+\s+){0,3}?(?:at|against|on|into|targeting|toward|towards)\s+(?:the\s+)?$/.test(
              a.folded.slice(from, p.start),
            )
          )
            if (!id.target.has(p.side)) return 'target';
        }
      }
    }
  }
  if (id.whole && n.unit === 'fraction') {
    const of = /^\s+of\s+(?:the\s+)?/.exec(a.folded.slice(n.end, n.end + 12));
    if (of) {
      const next = parties.find((p) => p.start >= n.end && p.start <= n.end + of[0].length + 1);
      if (next && next.side !== id.whole) return 'whole';
    }
  }
  return undefined;
}

/**
 * Who did an action: the party after "by" in a passive ("were hit by Ukrainian drones"), else the party
 * nearest before the verb, outside the counted noun phrase and not a place something happened in.
 */
function subjectOf(
  a: Analysis,
  parties: readonly Party[],
  act: Span,
  phraseStart: number,
  phraseEnd: number,
): Party | undefined {
  for (const p of parties)
    if (p.start > act.end && /^\s+by\s+(?:the\s+)?$/.test(a.folded.slice(act.end, p.start))) return p;
  let best: Party | undefined;
  for (const p of parties) {
    if (p.end > act.start) break;
    if (p.located || (p.start >= phraseStart && p.end <= phraseEnd)) continue;
    best = p;
  }
  return best;
}

/** The part of a clause around [from, to) between " and " / " or " that join items, not two actions. */
function coordinated(a: Analysis, s: Situation, clause: Span, from: number, to: number): Span {
  const text = a.folded;
  const isAction = (at: number) => s.actions.some((x) => x.start === at || x.end === at);
  let start = clause.start;
  let end = clause.end;
  for (const m of text.slice(clause.start, clause.end).matchAll(/ (?:and|or) /g)) {
    const at = clause.start + m.index;
    const after = at + m[0].length;
    if (isAction(at) || isAction(after)) continue;
    if (at + m[0].length <= from) start = after;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** Irregular past forms of the actions' verbs: "sent", "gave". */
const PAST = /(?:ed|ed over|ed down|ed out|freed|held|sent|gave|given|hit|struck|shot down)$/;

/**
 * Whether an action is reported as done ("Russia transferred 1,248 bodies", "has handed over 6,060"),
 * rather than agreed, proposed or to come ("agreed to exchange", "will hand over").
 */
function carriedOut(a: Analysis, act: Span): boolean {
  const word = a.folded.slice(act.start, act.end);
  if (!PAST.test(word)) return false;
  const before = a.folded.slice(Math.max(0, act.start - 24), act.start);
  return !/\b(?:to|will|would|could|should|must|may|agreed|agree|agreement|plan(?:s|ned)?|be)\s+(?:\w+\s+)?$/.test(
    before,
  );
}
