import {
  type Action,
  type AnyRecord,
  type DatasetIndex,
  type Event,
  foldName,
  type ParleyDataset,
  type Quantity,
} from '@parley/dataset';
import type { TimeUnit } from '@parley/numbers';

/**
 * What tells a quantity from every other count of the same thing, compiled from its record: what was done,
 * by whom, at whom, whose things, when, at which event. Parties are compared by side: the country (or
 * international body) a person, organisation or place stands for.
 */
export interface QuantityIdentity {
  quantity: Quantity;
  /** What was done to the counted things (all of them, for "killed and injured"). */
  actions?: ReadonlySet<Action>;
  /** Sides of who did it. */
  actor?: ReadonlySet<string>;
  /** Sides of at whom it was aimed. */
  target?: ReadonlySet<string>;
  /** Sides of whose the counted things are. */
  owner?: ReadonlySet<string>;
  /** Side of the whole a share is of. */
  whole?: string;
  /**
   * Every side a sentence about the quantity may name: its actor, target, owner and whole, who its reports
   * are attributed to, and its event's participants. Undefined when the record names no party at all.
   */
  parties?: ReadonlySet<string>;
  /** First and last day it refers to, as yyyymmdd numbers, when the record says. */
  days?: readonly [number, number];
  /** Its event, with the larger events it is part of and the smaller ones part of it. */
  events: ReadonlySet<string>;
  /** Whether its event is an attack, a strike or an operation: then "attack" and "strike" are about it. */
  attack: boolean;
  /** Agreed or proposed, not carried out: what was handed over is another count. */
  planned: boolean;
}

/** A quantity counted in a unit of time, and the words that may follow the unit ("ceasefire", "ago"). */
export interface TimeQuantity {
  id: string;
  unit: TimeUnit;
  /** What follows the unit's word in each of its nouns: "" for "days", "ceasefire" for "day ceasefire". */
  tails: readonly string[];
  /** Counted back from the time of writing: "two weeks ago". */
  ago: boolean;
}

/**
 * The quantities of time, looked up by what follows a duration's unit: by the first word of a tail
 * ("ceasefire" for "30-day ceasefire"), and those counting the time alone (a tail of ""), less ages. A
 * duration is compared with few of them whatever the size of the dataset.
 */
export class TimeQuantities {
  readonly #byTail = new Map<string, TimeQuantity[]>();
  /** Counting the time alone ("three hours"), and not ages ("years old"). */
  readonly bare: readonly TimeQuantity[];

  constructor(readonly all: readonly TimeQuantity[]) {
    const bare: TimeQuantity[] = [];
    for (const t of all) {
      const firsts = new Set(t.tails.filter((x) => x !== '').map((x) => x.split(' ')[0]!));
      for (const first of firsts) {
        const list = this.#byTail.get(first);
        if (list) list.push(t);
        else this.#byTail.set(first, [t]);
      }
      if (t.tails.includes('') && !t.tails.some((x) => x.startsWith('old'))) bare.push(t);
    }
    this.bare = bare;
  }

  /** The quantities with a tail whose first word is `word` ("ceasefire", "old"). */
  byTail(word: string): readonly TimeQuantity[] {
    return word === '' ? [] : (this.#byTail.get(word) ?? []);
  }
}

const TIME_WORDS: Record<string, TimeUnit> = {
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};

const ATTACK_TYPES = new Set(['attack', 'military-operation', 'offensive']);

/**
 * The side a record stands for: a person's country, an organisation's (or its parent's) country, or the
 * organisation itself when it has none (the UN, NATO); a place's country. News organisations report and
 * stand for no side.
 */
export function sideOf(index: DatasetIndex, id: string): string | undefined {
  for (let seen = 0, at: string | undefined = id; at !== undefined && seen < 8; seen++) {
    const e: AnyRecord | undefined = index.get(at);
    if (!e) return undefined;
    switch (e.kind) {
      case 'person':
        return e.record.nationality?.[0];
      case 'organisation':
        if (e.record.type === 'news-organisation') return undefined;
        if (e.record.country) return e.record.country;
        if (!e.record.partOf) return e.record.id;
        at = e.record.partOf;
        break;
      case 'place':
        if (e.record.type === 'country') return e.record.id;
        at = e.record.within;
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

/** yyyymmdd of the first and last day of an ISO date at its precision ("2025-06" → 20250601, 20250630). */
export function dayRange(iso: string, end?: string): [number, number] {
  const first = (s: string): number => {
    const [y, m, d] = s.split('-').map(Number);
    return y! * 10000 + (m ?? 1) * 100 + (d ?? 1);
  };
  const last = (s: string): number => {
    const [y, m, d] = s.split('-').map(Number);
    if (m === undefined) return y! * 10000 + 1231;
    if (d === undefined) return y! * 10000 + m * 100 + new Date(Date.UTC(y!, m, 0)).getUTCDate();
    return y! * 10000 + m * 100 + d;
  };
  return [first(iso), last(end ?? iso)];
}

function related(index: DatasetIndex, dataset: ParleyDataset, id: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!id) return out;
  for (let at: string | undefined = id; at && !out.has(at); at = index.event(at)?.partOf) out.add(at);
  // Smaller events: those whose chain of partOf reaches this one.
  for (const e of dataset.events) {
    for (let at: string | undefined = e.partOf, n = 0; at && n < 8; at = index.event(at)?.partOf, n++) {
      if (at === id) {
        out.add(e.id);
        break;
      }
    }
  }
  return out;
}

const sides = (index: DatasetIndex, ids: readonly string[] | undefined): Set<string> | undefined => {
  if (!ids) return undefined;
  const out = new Set<string>();
  for (const id of ids) {
    const s = sideOf(index, id);
    if (s) out.add(s);
  }
  return out;
};

/** Every quantity's identity, and the quantities counted in units of time. */
export function compileIdentities(
  index: DatasetIndex,
  dataset: ParleyDataset,
): { identities: Map<string, QuantityIdentity>; timeQuantities: TimeQuantities } {
  const identities = new Map<string, QuantityIdentity>();
  const timeQuantities: TimeQuantity[] = [];
  for (const q of dataset.quantities) {
    const event: Event | undefined = q.event ? index.event(q.event) : undefined;
    const actor = sides(index, q.actor);
    const target = sides(index, q.target);
    const owner = sides(index, q.owner);
    const whole = q.whole ? sideOf(index, q.whole) : undefined;
    let parties: Set<string> | undefined;
    if (actor || target || owner || whole) {
      parties = new Set([...(actor ?? []), ...(target ?? []), ...(owner ?? []), ...(whole ? [whole] : [])]);
      for (const f of index.reportsOf(q.id))
        for (const id of f.attributedTo) {
          const s = sideOf(index, id);
          if (s) parties.add(s);
        }
      for (const id of event?.participants ?? []) {
        const s = sideOf(index, id);
        if (s) parties.add(s);
      }
    }
    const when = q.when ? dayRange(q.when) : event ? dayRange(event.date.start, event.date.end) : undefined;
    const identity: QuantityIdentity = {
      quantity: q,
      events: related(index, dataset, q.event),
      attack: event !== undefined && ATTACK_TYPES.has(event.type),
      planned: q.planned === true,
    };
    if (q.actions) identity.actions = new Set(q.actions);
    if (actor) identity.actor = actor;
    if (target) identity.target = target;
    if (owner) identity.owner = owner;
    if (whole) identity.whole = whole;
    if (parties) identity.parties = parties;
    if (when) identity.days = when;
    identities.set(q.id, identity);

    const unit = q.units.map((u) => TIME_WORDS[u]).find((u) => u !== undefined);
    if (unit) {
      const tails: string[] = [];
      for (const noun of q.terms.nouns) {
        const words = foldName(noun).split(' ');
        if (TIME_WORDS[words[0]!] === undefined) continue;
        tails.push(words.slice(1).join(' '));
      }
      if (tails.length > 0)
        timeQuantities.push({ id: q.id, unit, tails, ago: tails.every((t) => t === 'ago') });
    }
  }
  return { identities, timeQuantities: new TimeQuantities(timeQuantities) };
}
