import { foldName } from '@parley/dataset';
import { isWordChar } from '../document/fold.js';

/** A context term of a quantity ("air force", "drones"): its folded words, and them joined. */
export interface ContextTerm {
  quantity: string;
  words: string[];
  key: string;
}

/**
 * A word's hash over its UTF-16 units, kept to a small integer. Sentences are scanned without cutting every
 * word out as a string: only a word whose hash is some term's first word is compared as text.
 */
export function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/** Whether folded[at, …) holds these words, one after another, within `end`: separated by anything else. */
function wordsAt(folded: string, at: number, end: number, words: readonly string[]): boolean {
  let i = at;
  for (let j = 0; j < words.length; j++) {
    while (i < end && !isWordChar(folded.charCodeAt(i))) i++;
    if (i >= end) return false;
    const w = words[j]!;
    if (i + w.length > end || !folded.startsWith(w, i)) return false;
    i += w.length;
    if (i < end && isWordChar(folded.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * Words before a context word that make of it a compound naming something else: "prisoners of war" are
 * people held, not the war; "World War II" and "the Cold War" are other wars. Keyed by the context word.
 */
const COMPOUND_BEFORE: ReadonlyMap<string, RegExp> = new Map([
  ['war', /(?:\bprisoners?[\s-]+of[\s-]+|\b(?:world|cold)\s+)$/],
]);

/** Whether the term at folded[at, …) is the last word of such a compound. */
const inCompound = (folded: string, at: number, words: readonly string[]): boolean => {
  const before = words.length === 1 ? COMPOUND_BEFORE.get(words[0]!) : undefined;
  return before?.test(folded.slice(Math.max(0, at - 16), at)) === true;
};

/** The terms beginning with one word: those of that word alone, and longer ones by their second word. */
interface Bucket {
  one: ContextTerm[];
  bySecond: Map<number, ContextTerm[]>;
}

/**
 * Context terms indexed by the hash of their first word, and terms of two words or more also by the hash of
 * their second: many terms share a first word ("air force", "air bases", "air defence"), and only those
 * whose second word follows are compared as text.
 */
export class ContextIndex {
  readonly #byHash = new Map<number, Bucket>();
  /** A bit per low 16 bits of a first word's hash: most words of a sentence begin no term, and skip the Map. */
  readonly #firstBits = new Uint8Array(8192);

  /** Adds a quantity's terms as written in the dataset ("air force", "Spider's Web"): folded, split at non-letters. */
  addTerms(quantity: string, terms: readonly string[]): void {
    for (const t of terms) {
      const words = foldName(t)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      if (words.length > 0) this.add({ quantity, words, key: words.join(' ') });
    }
  }

  add(term: ContextTerm): void {
    // A word with anything but letters and digits in it is never one word of a sentence.
    for (const w of term.words) for (let i = 0; i < w.length; i++) if (!isWordChar(w.charCodeAt(i))) return;
    const first = term.words[0]!;
    const h = wordHash(first, 0, first.length);
    this.#firstBits[(h & 0xffff) >>> 3]! |= 1 << (h & 7);
    let bucket = this.#byHash.get(h);
    if (!bucket) {
      bucket = { one: [], bySecond: new Map() };
      this.#byHash.set(h, bucket);
    }
    if (term.words.length === 1) bucket.one.push(term);
    else {
      const second = term.words[1]!;
      const h2 = wordHash(second, 0, second.length);
      const list = bucket.bySecond.get(h2);
      if (list) list.push(term);
      else bucket.bySecond.set(h2, [term]);
    }
  }

  /**
   * The distinct context terms of each quantity that lie in folded[start, end) (their number is how strongly
   * the sentence speaks of the quantity): terms are matched as consecutive words (letters and digits; anything
   * else separates them). One pass over the words.
   */
  hits(folded: string, start: number, end: number): Map<string, string[]> {
    // Quantity → the distinct terms found (few: a short array beats a Set).
    const found = new Map<string, string[]>();
    const note = (terms: readonly ContextTerm[], s: number) => {
      for (const { quantity, words, key } of terms) {
        if (!wordsAt(folded, s, end, words) || inCompound(folded, s, words)) continue;
        const keys = found.get(quantity);
        if (keys === undefined) found.set(quantity, [key]);
        else if (!keys.includes(key)) keys.push(key);
      }
    };
    const byHash = this.#byHash;
    const firstBits = this.#firstBits;
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
      if ((firstBits[(h & 0xffff) >>> 3]! & (1 << (h & 7))) === 0) continue;
      const bucket = byHash.get(h);
      if (bucket === undefined) continue;
      if (bucket.one.length > 0) note(bucket.one, s);
      if (bucket.bySecond.size === 0) continue;
      // The next word's hash, past whatever separates it.
      let j = i;
      while (j < end && !isWordChar(folded.charCodeAt(j))) j++;
      let h2 = 0;
      for (; j < end; j++) {
        const c = folded.charCodeAt(j);
        if (!isWordChar(c)) break;
        h2 = (Math.imul(h2, 31) + c) & 0x3fffffff;
      }
      const longer = bucket.bySecond.get(h2);
      if (longer !== undefined) note(longer, s);
    }
    return found;
  }
}
