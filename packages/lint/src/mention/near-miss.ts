import { foldName, type NameEntry, type Person, type Spelling } from '@parley/dataset';
import { distance } from '../citation/nearest.js';
import { isWordChar } from '../document/fold.js';

/** A recorded full name split where a near miss is looked for: the first name, kept as written, and the surname. */
interface FullName {
  person: string;
  spelling: Spelling;
  first: string;
  surname: string;
}

/** A capitalised name in the draft that is not a recorded spelling but is one letter or two from one. */
export interface NearMiss {
  start: number;
  end: number;
  /** The recorded spelling it is closest to, of the same shape (full name, or surname alone). */
  spelling: Spelling;
  person: string;
}

/** How many edits a misspelling of a name of this length may have: fewer for short names. */
const allowed = (length: number, alone: boolean): number =>
  alone ? (length >= 8 ? 2 : length >= 6 ? 1 : 0) : length >= 6 ? 2 : 1;

/** A Slavic surname's feminine form ("Zelenska" beside "Zelenskyy", "Lavrova" beside "Lavrov") names another person. */
const gendered = (word: string, recorded: string): boolean => {
  const f = /(?:aya|a)$/.exec(word);
  if (!f || !/(?:y|i|iy|yi|ov|ev|in|yn)$/.test(recorded)) return false;
  const stem = word.slice(0, -f[0].length);
  return stem.length >= 4 && recorded.startsWith(stem);
};

/**
 * The people's recorded names, for recognising near misses of them: a first name as recorded followed by a
 * surname a letter or two from a recorded one ("Serhiy Kyslytsana"), or a surname alone that close to the
 * surname of someone the draft names correctly elsewhere.
 */
export class NameSpellings {
  readonly #byFirst = new Map<string, FullName[]>();
  readonly #surnames = new Map<string, { spelling: Spelling; folded: string }[]>();
  /** The initials of the recorded first names. */
  readonly #firstInitials = new Set<string>();

  constructor(people: readonly Person[]) {
    for (const p of people) {
      const surnames: { spelling: Spelling; folded: string }[] = [];
      for (const s of p.names) {
        if (s.status === 'deprecated' || (s.kind !== 'name' && s.kind !== 'short')) continue;
        const words = foldName(s.text).split(' ');
        if (words.length === 1) surnames.push({ spelling: s, folded: words[0]! });
        if (words.length !== 2) continue;
        const [first, surname] = words as [string, string];
        this.#firstInitials.add(first[0]!);
        const list = this.#byFirst.get(first) ?? [];
        list.push({ person: p.id, spelling: s, first, surname });
        this.#byFirst.set(first, list);
      }
      this.#surnames.set(p.id, surnames);
    }
  }

  /**
   * Near misses in prose, outside [start, end) ranges already recognised as names. `named` are the people
   * the draft names correctly: only their surnames are looked for alone.
   */
  find(
    prose: string,
    folded: string,
    taken: readonly { start: number; end: number }[],
    named: ReadonlySet<string>,
    used: { has(spelling: string): boolean } = new Set(),
  ): NearMiss[] {
    const out: NearMiss[] = [];
    let t = 0;
    const free = (start: number, end: number): boolean => {
      while (t < taken.length && taken[t]!.end <= start) t++;
      return t >= taken.length || taken[t]!.start >= end;
    };
    const surnames: { person: string; spelling: Spelling; folded: string }[] = [];
    for (const id of named) for (const s of this.#surnames.get(id) ?? []) surnames.push({ person: id, ...s });
    const initials = new Set(surnames.map((x) => x.folded[0]));
    // Names begin with a capital: jump from one to the next (Latin capitals; a regex of this call's own).
    // `test` leaves lastIndex just past the capital, and allocates no match.
    const capital = /[A-Z]/g;
    // Where the text ends, less trailing white space: once per call, not per capitalised word.
    const textEnd = prose.trimEnd().length;
    while (capital.test(prose)) {
      const start = capital.lastIndex - 1;
      if (start > 0 && isWordChar(folded.charCodeAt(start - 1))) continue;
      let stop = start + 1;
      while (
        stop < prose.length &&
        (isWordChar(folded.charCodeAt(stop)) || folded[stop] === "'" || folded[stop] === '-')
      )
        stop++;
      while (stop > start + 1 && !isWordChar(folded.charCodeAt(stop - 1))) stop--;
      capital.lastIndex = stop;
      // Only a recorded first name, or a word with a named surname's initial, can begin a near miss.
      const initial = folded[start]!;
      if (!initials.has(initial) && !this.#firstInitials.has(initial)) continue;
      // Most capitalised words are names already recognised: skip them before cutting the word out.
      if (!free(start, start + 1)) continue;
      let word = folded.slice(start, stop);
      const possessive = word.endsWith("'s");
      if (possessive) word = word.slice(0, -2);
      const end = start + word.length;
      if (!free(start, end)) continue;
      // A text cut off mid-word ends in a piece of a name, not a misspelling of it.
      if (end === textEnd) continue;
      // A first name as recorded, then a capitalised surname close to a recorded one.
      const fulls = this.#byFirst.get(word);
      const next = fulls ? /^ (\p{Lu}[\p{L}’'-]*\p{L})/u.exec(prose.slice(end, end + 40)) : null;
      if (fulls && next) {
        let surname = folded.slice(end + 1, end + 1 + next[1]!.length);
        if (surname.endsWith("'s")) surname = surname.slice(0, -2);
        const to = end + 1 + surname.length;
        if (free(start, to) && to !== textEnd) {
          const hit = closestName(fulls, surname);
          if (hit) {
            out.push({ start, end: to, spelling: hit.spelling, person: hit.person });
            continue;
          }
        }
      }
      if (surnames.length === 0 || word.length < 6) continue;
      // Not a capitalised word after another (the surname of someone else's first name).
      // (A capitalised word that begins a sentence is no first name.)
      const before = mayFollowCapitalised(prose, start)
        ? /(^|\S)\s*\p{Lu}[\p{L}’'-]* $/su.exec(prose.slice(Math.max(0, start - 24), start))
        : null;
      if (before && !/^[.!?\n]?$/.test(before[1]!)) continue;
      let best: (typeof surnames)[number] | undefined;
      let least = Number.POSITIVE_INFINITY;
      for (const s of surnames) {
        if (s.folded[0] !== word[0] || Math.abs(s.folded.length - word.length) > 2) continue;
        const d = distance(word, s.folded, 2);
        // Of two as close, the rendering the draft itself uses elsewhere.
        const better = d < least || (d === least && used.has(s.folded) && !used.has(best!.folded));
        if (d > 0 && d <= allowed(s.folded.length, true) && better && !gendered(word, s.folded)) {
          best = s;
          least = d;
        }
      }
      if (best) out.push({ start, end, spelling: best.spelling, person: best.person });
    }
    return out;
  }
}

/**
 * Whether the word at `start` may follow a capitalised word and a space (what the pattern of `find` looks
 * for in the 24 characters before it): false when no space precedes it, or when the letters, apostrophes
 * and hyphens before the space are ASCII with no capital among them. The pattern itself decides otherwise.
 */
function mayFollowCapitalised(prose: string, start: number): boolean {
  if (prose.charCodeAt(start - 1) !== 32) return false;
  const lo = Math.max(0, start - 24);
  for (let j = start - 2; j >= lo; j--) {
    const c = prose.charCodeAt(j);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) return true;
    if (!(((c >= 97 && c <= 122) || c === 39 /* ' */ || c === 45) /* - */)) return false;
  }
  return false;
}

function closestName(fulls: readonly FullName[], surname: string): FullName | undefined {
  let best: FullName | undefined;
  let least = Number.POSITIVE_INFINITY;
  for (const f of fulls) {
    if (f.surname[0] !== surname[0] || Math.abs(f.surname.length - surname.length) > 3) continue;
    const d = distance(surname, f.surname, 3);
    if (d > 0 && d <= allowed(f.surname.length, false) && d < least && !gendered(surname, f.surname)) {
      best = f;
      least = d;
    }
  }
  return best;
}

/** The name entry a near miss stands for, so every rule checks it as the person it names. */
export const entryOf = (miss: NearMiss): NameEntry => ({
  spelling: miss.spelling,
  folded: foldName(miss.spelling.text),
  id: miss.person,
  kind: 'person',
});
