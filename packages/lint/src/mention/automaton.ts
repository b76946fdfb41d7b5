import { isWordChar } from '../document/fold.js';

/** A pattern hit in the text: [start, end) and the pattern's payload. */
export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * A trie over every pattern, walked from each word start: finds every whole-word occurrence of every
 * pattern, and the work at a word start is bounded by the longest pattern the text there begins, so matching
 * cost does not grow with the number of names in the dataset. Patterns and text must be folded the same way.
 *
 * Nodes are integers. While patterns are added, transitions live in one Map keyed by `node * 65536 +
 * charCode`; once built, they are an open-addressing hash table in typed arrays (node, unit → child: one
 * multiply and, mostly, one probe per step, however many edges a node has), and the root's in a table by
 * char code.
 */
export class Automaton<T> {
  #next = new Map<number, number>();
  #count = 1;
  /** Per node: the payloads of the pattern that ends there. */
  #out: (T[] | undefined)[] = [undefined];
  /** The root's transitions by char code: every walk starts there. */
  #root = new Int32Array(0);
  /** Per node: 1 where a pattern ends (a byte per node reads faster than `#out`'s pointers). */
  #ends = new Uint8Array(0);
  /** The transition table: slot → parent node, unit and child (child 0: an empty slot). */
  #slotNode = new Int32Array(0);
  #slotChar = new Uint16Array(0);
  #slotTo = new Int32Array(0);
  #mask = 0;
  /** 32 less the table's bits: the hash's high bits pick the slot. */
  #shift = 28;
  #built = false;

  add(pattern: string, value: T): void {
    if (!pattern) return;
    let n = 0;
    for (let i = 0; i < pattern.length; i++) {
      const key = n * 65536 + pattern.charCodeAt(i);
      let m = this.#next.get(key);
      if (m === undefined) {
        m = this.#count++;
        this.#next.set(key, m);
        this.#out.push(undefined);
      }
      n = m;
    }
    const out = this.#out[n];
    if (out) out.push(value);
    else this.#out[n] = [value];
    this.#built = false;
  }

  #build(): void {
    // At most half full, so probes stay short.
    let bits = 4;
    while (1 << bits < this.#next.size * 2) bits++;
    const size = 1 << bits;
    const shift = 32 - bits;
    const slotNode = new Int32Array(size);
    const slotChar = new Uint16Array(size);
    const slotTo = new Int32Array(size);
    const mask = size - 1;
    const root = new Int32Array(65536);
    for (const [key, child] of this.#next) {
      const n = Math.floor(key / 65536);
      const c = key % 65536;
      if (n === 0) root[c] = child;
      let slot = slotOf(n, c, shift);
      while (slotTo[slot] !== 0) slot = (slot + 1) & mask;
      slotNode[slot] = n;
      slotChar[slot] = c;
      slotTo[slot] = child;
    }
    const ends = new Uint8Array(this.#count);
    for (let n = 0; n < this.#count; n++) if (this.#out[n] !== undefined) ends[n] = 1;
    this.#root = root;
    this.#ends = ends;
    this.#slotNode = slotNode;
    this.#slotChar = slotChar;
    this.#slotTo = slotTo;
    this.#mask = mask;
    this.#shift = shift;
    this.#built = true;
  }

  /**
   * Every whole-word occurrence (no letter or digit on either side), in order of start, longer first; hits at
   * the same span in the order their payloads were added.
   */
  findAll(text: string): Hit<T>[] {
    if (!this.#built) this.#build();
    const hits: Hit<T>[] = [];
    const slotNode = this.#slotNode;
    const slotChar = this.#slotChar;
    const slotTo = this.#slotTo;
    const mask = this.#mask;
    const shift = this.#shift;
    const outs = this.#out;
    const root = this.#root;
    const hasOut = this.#ends;
    const length = text.length;
    // Where the walk from the current start found a pattern ending: reported longest first.
    const ends: number[] = [];
    const nodes: number[] = [];
    // A match begins only where no letter or digit precedes: at the start of a word, or after a character
    // that is neither. Inside a word nothing is walked; the character after a word begins nothing.
    for (let start = 0, next = 0; start < length; start = next) {
      const c = text.charCodeAt(start);
      next = start + 1;
      if (isWordChar(c)) {
        while (next < length && isWordChar(text.charCodeAt(next))) next++;
        next++;
      }
      for (let n = root[c]!, i = start + 1; n !== 0; i++) {
        if (hasOut[n] === 1 && (i >= length || !isWordChar(text.charCodeAt(i)))) {
          ends.push(i);
          nodes.push(n);
        }
        if (i >= length) break;
        const d = text.charCodeAt(i);
        let slot = slotOf(n, d, shift);
        let to = slotTo[slot]!;
        while (to !== 0 && (slotNode[slot] !== n || slotChar[slot] !== d)) {
          slot = (slot + 1) & mask;
          to = slotTo[slot]!;
        }
        n = to;
      }
      while (ends.length > 0) {
        const end = ends.pop()!;
        for (const value of outs[nodes.pop()!]!) hits.push({ start, end, value });
      }
    }
    return hits;
  }
}

/** The first slot to probe for node n's edge on unit c: the high bits of a multiplicative hash of both. */
const slotOf = (n: number, c: number, shift: number): number =>
  Math.imul((n << 16) ^ (n >>> 16) ^ c, 0x9e3779b1) >>> shift;

/** Keeps the leftmost-longest hits that do not overlap (per group of hits at the same span, all kept). */
export function leftmostLongest<T>(hits: Hit<T>[]): Hit<T>[] {
  const order = (a: Hit<T>, b: Hit<T>) => a.start - b.start || b.end - a.end;
  // Hits from findAll come in this order already; a stable sort would keep them as they are.
  let inOrder = true;
  for (let i = 1; i < hits.length && inOrder; i++) inOrder = order(hits[i - 1]!, hits[i]!) <= 0;
  const sorted = inOrder ? hits : [...hits].sort(order);
  const out: Hit<T>[] = [];
  let reach = -1;
  let last: Hit<T> | undefined;
  for (const h of sorted) {
    if (last && h.start === last.start && h.end === last.end) {
      out.push(h);
      continue;
    }
    if (h.start >= reach) {
      out.push(h);
      reach = h.end;
      last = h;
    }
  }
  return out;
}
