import { type Action, actionWords } from '@parley/dataset';
import type { Analysis } from '../analysis.js';
import type { DateExpr } from '../date/dates.js';
import { isWordChar } from '../document/fold.js';
import type { LintModel } from '../model.js';
import { wordHash } from './context.js';
import { sideOf } from './identity.js';

/** A party a sentence names: a person, an organisation, a country or a city, or a country's adjective. */
export interface Party {
  start: number;
  end: number;
  side: string;
  /** After a preposition of place ("in Ukraine", "at the Ciragan Palace"): a location, not an actor. */
  located: boolean;
  /** Qualifies a noun: an adjective ("Russian") or a possessive ("Russia's", "Moscow's"). */
  qualifies: boolean;
  /**
   * After a preposition of place or aim, with at most a determiner or a number between ("on four Russian
   * air bases", "against Ukraine"): where or at whom something was done, so not who did it.
   */
  aimedAt: boolean;
}

/** Where a span of the sentence lies: [start, end) in the draft. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a sentence says about when, who and what happened: the parties it names, its dates, weekdays, years
 * and relative times ("the following night"), the events it names, its words of attack, the actions its
 * verbs name, and where its clauses and its "since …" phrases (a point of comparison, not the time of what
 * is counted) lie. Found once per sentence that has a number worth checking.
 */
export interface Situation {
  start: number;
  end: number;
  parties: Party[];
  dates: DateExpr[];
  years: (Span & { year: number })[];
  weekdays: (Span & { day: number })[];
  relative: Span[];
  events: (Span & { id: string })[];
  attacks: Span[];
  actions: (Span & { action: Action })[];
  /** Clause boundaries: commas, semicolons, colons, dashes, brackets, "while", "but". */
  breaks: number[];
  /** "since the full-scale invasion", "since 2022": left out of the checks of time and event. */
  since: Span[];
}

/**
 * The words of every action, looked up by a sentence's words: by the hash of their first word (as context
 * terms are), so a sentence is scanned without cutting each of its words out as a string.
 */
export class ActionIndex {
  readonly #byFirst = new Map<number, { first: string; rest: string[]; action: Action }[]>();

  constructor() {
    for (const [action, forms] of Object.entries(actionWords) as [Action, readonly string[]][]) {
      for (const form of forms) {
        const [first, ...rest] = form.split(' ');
        const h = wordHash(first!, 0, first!.length);
        const list = this.#byFirst.get(h) ?? [];
        list.push({ first: first!, rest, action });
        this.#byFirst.set(h, list);
      }
    }
  }

  /** The actions named in folded[start, end), where. */
  find(folded: string, start: number, end: number): (Span & { action: Action })[] {
    const out: (Span & { action: Action })[] = [];
    for (let i = start; i < end; ) {
      if (!isWordChar(folded.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      let h = 0;
      for (; i < end; i++) {
        const c = folded.charCodeAt(i);
        if (!isWordChar(c)) break;
        h = (Math.imul(h, 31) + c) & 0x3fffffff;
      }
      const forms = this.#byFirst.get(h);
      if (!forms) continue;
      for (const { first, rest, action } of forms) {
        if (first.length !== i - s || !folded.startsWith(first, s)) continue;
        let j = i;
        let ok = true;
        for (const w of rest) {
          if (
            folded[j] !== ' ' ||
            !folded.startsWith(w, j + 1) ||
            isWordChar(folded.charCodeAt(j + 1 + w.length))
          ) {
            ok = false;
            break;
          }
          j += 1 + w.length;
        }
        if (ok) {
          out.push({ start: s, end: j, action });
          break;
        }
      }
    }
    return out;
  }
}

// The patterns below are used only through matchAll, which scans a copy: no state is kept between calls.
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?!s)/g;
const YEAR = /\b(19\d\d|20\d\d)\b(?!-\d)/g;
const RELATIVE =
  /\b(?:the (?:following|next|previous|preceding|prior) (?:night|day|week|month|morning|evening|weekend)|the (?:night|day|week|evening) (?:before|after)|(?:a|one|two|three|four|five|several|few) (?:days?|nights?|weeks?|months?|years?) (?:earlier|later|before|after|ago)|(?:last|past) (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier (?:this|that|in the) (?:week|month|year)|(?:days|weeks|months|years) (?:earlier|later|ago)|previous record|in recent (?:days|weeks|months)|a year ago|other nights?)\b/g;
const ATTACK =
  /\b(?:attacks?|strikes?|airstrikes?|air strikes?|barrages?|bombardments?|bombings?|shelling|raids?|assaults?|explosions?|blasts?)\b/g;
const SINCE = /\bsince\b[^,;:.()]*/g;
/** The words RELATIVE and ATTACK need, one of each at least: tested first, in one scan (no flag g, no state). */
const RELATIVE_WORDS =
  /follow|next|previous|preceding|prior|before|after|earlier|later|ago|last|past|recent|other/;
const ATTACK_WORDS = /attack|strike|barrage|bombard|bombing|shelling|raid|assault|explosion|blast/;
const LOCATIVE =
  /(?:^|[^a-z])(?:in|at|near|from|to|into|inside|outside|around|across|over|on|toward|towards|throughout|within)\s+(?:the\s+)?$/;

/**
 * A preposition of aim or place ending the text before a party: not "from" (where a thing came from) nor "in"
 * ("in Russia's biggest attack" names whose attack it was).
 */
const AIMED =
  /(?:^|[^a-z])(?:at|near|into|onto|inside|across|over|on|against|targeting|toward|towards)\s+(?:(?:the|a|an|its|their|several|multiple|some|two|three|four|five|\d+)\s+)?$/;

const spans = (re: RegExp, text: string, offset: number): Span[] => {
  const out: Span[] = [];
  for (const m of text.matchAll(re))
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
};

/** The days a sentence names: its dates and weekdays (what tells whether it is about one day's count). */
export function daysNamed(a: Analysis, start: number, end: number): Pick<Situation, 'dates' | 'weekdays'> {
  const dates = inRange(a.dates, start, end);
  const weekdays: (Span & { day: number })[] = [];
  const text = a.folded.slice(start, end);
  if (text.includes('day'))
    for (const m of text.matchAll(WEEKDAY))
      weekdays.push({
        start: start + m.index,
        end: start + m.index + m[0].length,
        day: WEEKDAYS.indexOf(m[1]!),
      });
  return { dates, weekdays };
}

/** What sentence [start, end) of the draft says about when, who and what happened. */
export function situationOf(model: LintModel, a: Analysis, start: number, end: number): Situation {
  const text = a.folded.slice(start, end);
  const parties: Party[] = [];
  const events: (Span & { id: string })[] = [];
  const taken: Span[] = [];
  const locatedAt = (s: number) => LOCATIVE.test(a.folded.slice(Math.max(start, s - 14), s));
  const aimedAt = (s: number) => AIMED.test(a.folded.slice(Math.max(start, s - 24), s));
  for (const m of inRange(a.mentions, start, end)) {
    for (const e of m.entries) {
      if (e.kind === 'event') {
        events.push({ start: m.start, end: m.end, id: e.id });
        continue;
      }
      if (e.kind !== 'person' && e.kind !== 'organisation' && e.kind !== 'place') continue;
      if (e.kind === 'place') {
        const place = model.index.place(e.id);
        if (place?.type !== 'country' && place?.type !== 'city') continue;
      }
      const side = sideOf(model.index, e.id);
      if (!side) continue;
      const qualifies =
        /^'s\b/.test(a.folded.slice(m.end, m.end + 3)) || m.text.endsWith("'s") || m.text.endsWith('’s');
      parties.push({
        start: m.start,
        end: m.end,
        side,
        located: e.kind === 'place' && locatedAt(m.start),
        qualifies,
        aimedAt: aimedAt(m.start),
      });
      taken.push(m);
      break;
    }
  }
  for (const q of inRange(a.qualifiers, start, end)) {
    if (taken.some((t) => t.start <= q.start && q.end <= t.end)) continue;
    const side = sideOf(model.index, q.place);
    if (side)
      parties.push({
        start: q.start,
        end: q.end,
        side,
        located: false,
        qualifies: true,
        aimedAt: aimedAt(q.start),
      });
  }
  // Mentions come in order, and the qualifiers after them: most sentences have none out of place to sort.
  let sorted = true;
  for (let i = 1; i < parties.length && sorted; i++) sorted = parties[i - 1]!.start <= parties[i]!.start;
  if (!sorted) parties.sort((x, y) => x.start - y.start);
  const { dates, weekdays } = daysNamed(a, start, end);
  const years: (Span & { year: number })[] = [];
  for (const m of /(?:19|20)\d\d/.test(text) ? text.matchAll(YEAR) : []) {
    const s = start + m.index;
    if (dates.some((d) => d.start <= s && s < d.end)) continue;
    years.push({ start: s, end: s + 4, year: Number(m[1]) });
  }
  const breaks = clauseBreaks(a.prose, start, end);
  // Each pattern is only scanned for where a word it needs is in the sentence.
  return {
    start,
    end,
    parties,
    dates,
    years,
    weekdays,
    relative: RELATIVE_WORDS.test(text) ? spans(RELATIVE, text, start) : [],
    events,
    attacks: ATTACK_WORDS.test(text) ? spans(ATTACK, text, start) : [],
    actions: model.actions.find(a.folded, start, end),
    breaks,
    since: text.includes('since') ? spans(SINCE, text, start) : [],
  };
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const BREAK_WORDS = ['while', 'whereas', 'but'];

/**
 * Where clauses break in [start, end): a comma (not one inside "6,000"), a semicolon, colon, bracket or dash,
 * " - " or "--", and the words "while", "whereas" and "but" in lower case. Read from the prose as written,
 * since a dash (—) folds to a hyphen, which joins words. One pass over the characters, no regex.
 */
function clauseBreaks(prose: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
    switch (c) {
      case 44 /* , */:
        if (!isDigitCode(prose.charCodeAt(i - 1)) || !isDigitCode(prose.charCodeAt(i + 1))) out.push(i);
        break;
      case 59 /* ; */:
      case 58 /* : */:
      case 40 /* ( */:
      case 41 /* ) */:
      case 91 /* [ */:
      case 93 /* ] */:
      case 0x2014 /* — */:
      case 0x2013 /* – */:
        out.push(i);
        break;
      case 32 /*   */:
        if (prose.charCodeAt(i + 1) === 45 && prose.charCodeAt(i + 2) === 32 && i + 3 <= end) out.push(i);
        break;
      case 45 /* - */:
        if (prose.charCodeAt(i + 1) === 45 && i + 2 <= end) {
          out.push(i);
          i++;
        }
        break;
      case 119 /* w */:
      case 98 /* b */:
        if (i > start && isWordChar(prose.charCodeAt(i - 1))) break;
        for (const w of BREAK_WORDS)
          if (prose.startsWith(w, i) && i + w.length <= end && !isWordChar(prose.charCodeAt(i + w.length))) {
            out.push(i);
            break;
          }
        break;
    }
  }
  return out;
}

/** The clause of a situation around [from, to): between the nearest breaks. */
export function clauseOf(s: Situation, from: number, to: number): Span {
  let start = s.start;
  let end = s.end;
  for (const b of s.breaks) {
    if (b < from) start = b + 1;
    else if (b >= to) {
      end = b;
      break;
    }
  }
  return { start, end };
}

/** Items lying within [start, end), for lists sorted by position. */
function inRange<T extends Span>(list: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}
