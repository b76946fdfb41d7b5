import { isWordChar } from '../document/fold.js';

/** A context term of a quantity ("air force", "drones"): its folded words, and them joined. */
export interface ContextTerm {
  quantity: string;
  words: string[];
  key: string;
}

/**
 * A word's hash over its UTF-16 units. Sentences are scanned without cutting every word out as a string:
 * only a word whose hash is some term's first word is compared as text.
 */
export function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Context terms indexed by the hash of their first word. */
export class ContextIndex {
  readonly #byHash = new Map<number, ContextTerm[]>();

  add(term: ContextTerm): void {
    const first = term.words[0]!;
    const h = wordHash(first, 0, first.length);
    const list = this.#byHash.get(h);
    if (list) list.push(term);
    else this.#byHash.set(h, [term]);
  }

  /**
   * How many distinct context terms of each quantity lie in folded[start, end): terms are matched as
   * consecutive words (letters and digits; anything else separates them). One pass over the words.
   */
  hits(folded: string, start: number, end: number): Map<string, number> {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = start; i < end; ) {
      while (i < end && !isWordChar(folded.charCodeAt(i))) i++;
      if (i >= end) break;
      const s = i;
      while (i < end && isWordChar(folded.charCodeAt(i))) i++;
      starts.push(s);
      ends.push(i);
    }
    // Quantity → the distinct terms found (few: a short array beats a Set).
    const found = new Map<string, string[]>();
    const wordIs = (k: number, w: string) =>
      k < starts.length && ends[k]! - starts[k]! === w.length && folded.startsWith(w, starts[k]!);
    for (let k = 0; k < starts.length; k++) {
      const terms = this.#byHash.get(wordHash(folded, starts[k]!, ends[k]!));
      if (terms === undefined) continue;
      for (const { quantity, words, key } of terms) {
        let ok = true;
        for (let j = 0; j < words.length && ok; j++) ok = wordIs(k + j, words[j]!);
        if (!ok) continue;
        const keys = found.get(quantity);
        if (keys === undefined) found.set(quantity, [key]);
        else if (!keys.includes(key)) keys.push(key);
      }
    }
    const counts = new Map<string, number>();
    for (const [quantity, keys] of found) counts.set(quantity, keys.length);
    return counts;
  }
}
