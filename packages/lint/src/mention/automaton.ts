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
 * charCode`; once built, they are flat typed arrays (each node's edges a run of `#edgeChar`/`#edgeTo` from
 * `#edgeStart[node]`, a linear scan: most nodes have one edge), the root's in a table by char code.
 */
export class Automaton<T> {
  #next = new Map<number, number>();
  #count = 1;
  /** Per node: the payloads of the pattern that ends there. */
  #out: (T[] | undefined)[] = [undefined];
  /** The root's transitions by char code: every walk starts there. */
  #root = new Int32Array(0);
  #edgeStart = new Int32Array(1);
  #edgeChar = new Uint16Array(0);
  #edgeTo = new Int32Array(0);
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
    const edgeStart = new Int32Array(this.#count + 1);
    const edgeChar = new Uint16Array(this.#next.size);
    const edgeTo = new Int32Array(this.#next.size);
    const root = new Int32Array(65536);
    // Edges grouped by node: count them, place each run, then fill the runs.
    for (const key of this.#next.keys()) edgeStart[Math.floor(key / 65536) + 1]!++;
    for (let n = 0; n < this.#count; n++) edgeStart[n + 1]! += edgeStart[n]!;
    const fill = edgeStart.slice(0, this.#count);
    for (const [key, child] of this.#next) {
      const n = Math.floor(key / 65536);
      const e = fill[n]!++;
      edgeChar[e] = key % 65536;
      edgeTo[e] = child;
      if (n === 0) root[key % 65536] = child;
    }
    this.#root = root;
    this.#edgeStart = edgeStart;
    this.#edgeChar = edgeChar;
    this.#edgeTo = edgeTo;
    this.#built = true;
  }

  /**
   * Every whole-word occurrence (no letter or digit on either side), in order of start, longer first; hits at
   * the same span in the order their payloads were added.
   */
  findAll(text: string): Hit<T>[] {
    if (!this.#built) this.#build();
    const hits: Hit<T>[] = [];
    const edgeStart = this.#edgeStart;
    const edgeChar = this.#edgeChar;
    const edgeTo = this.#edgeTo;
    const outs = this.#out;
    const root = this.#root;
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
      let n = root[c]!;
      for (let i = start + 1; n !== 0; i++) {
        const out = outs[n];
        if (out !== undefined && (i >= length || !isWordChar(text.charCodeAt(i)))) {
          ends.push(i);
          nodes.push(n);
        }
        if (i >= length) break;
        const d = text.charCodeAt(i);
        const last = edgeStart[n + 1]!;
        let e = edgeStart[n]!;
        while (e < last && edgeChar[e] !== d) e++;
        n = e < last ? edgeTo[e]! : 0;
      }
      while (ends.length > 0) {
        const end = ends.pop()!;
        for (const value of outs[nodes.pop()!]!) hits.push({ start, end, value });
      }
    }
    return hits;
  }
}

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
