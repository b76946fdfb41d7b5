import { isWordChar } from '../document/fold.js';

/** A pattern hit in the text: [start, end) and the pattern's payload. */
export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Aho–Corasick automaton: finds every occurrence of every pattern in one pass over the text, so matching cost
 * does not grow with the number of names in the dataset. Patterns and text must be folded the same way.
 *
 * Nodes are integers. While patterns are added, transitions live in one Map keyed by `node * 65536 +
 * charCode`; once built, they are flat typed arrays (each node's edges a run of `#edgeChar`/`#edgeTo` from
 * `#edgeStart[node]`, a linear scan: most nodes have one edge), failure links in an Int32Array.
 */
export class Automaton<T> {
  #next = new Map<number, number>();
  #count = 1;
  /** Per node: the patterns ending there, as [length, payloads]. */
  #out: ([number, T[]][] | undefined)[] = [undefined];
  #fail = new Int32Array(0);
  /** The root's transitions by char code: the root is where most characters are read. */
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
    const out = this.#out[n] ?? [];
    this.#out[n] = out;
    const existing = out.find((o) => o[0] === pattern.length);
    if (existing) existing[1].push(value);
    else out.push([pattern.length, [value]]);
    this.#built = false;
  }

  #build(): void {
    const fail = new Int32Array(this.#count);
    // Children of each node, from the transition map (breadth-first order needs them grouped).
    const children: [number, number][][] = Array.from({ length: this.#count }, () => []);
    for (const [key, child] of this.#next) children[Math.floor(key / 65536)]!.push([key % 65536, child]);
    const queue: number[] = [];
    for (const [, child] of children[0]!) {
      fail[child] = 0;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const n = queue[q]!;
      for (const [c, child] of children[n]!) {
        let f = fail[n]!;
        let target = this.#next.get(f * 65536 + c);
        while (target === undefined && f !== 0) {
          f = fail[f]!;
          target = this.#next.get(f * 65536 + c);
        }
        fail[child] = target !== undefined && target !== child ? target : 0;
        // Inherit the fail node's outputs so each position reports every pattern ending there.
        const inherited = this.#out[fail[child]!];
        if (inherited) {
          const own = this.#out[child] ?? [];
          this.#out[child] = own;
          for (const o of inherited) if (!own.some((x) => x[0] === o[0])) own.push(o);
        }
        queue.push(child);
      }
    }
    this.#fail = fail;
    this.#root = new Int32Array(65536);
    for (const [c, child] of children[0]!) this.#root[c] = child;
    const edgeStart = new Int32Array(this.#count + 1);
    const edgeChar = new Uint16Array(this.#next.size);
    const edgeTo = new Int32Array(this.#next.size);
    let e = 0;
    for (let n = 0; n < this.#count; n++) {
      edgeStart[n] = e;
      for (const [c, child] of children[n]!) {
        edgeChar[e] = c;
        edgeTo[e++] = child;
      }
    }
    edgeStart[this.#count] = e;
    this.#edgeStart = edgeStart;
    this.#edgeChar = edgeChar;
    this.#edgeTo = edgeTo;
    this.#built = true;
  }

  /** Every whole-word occurrence (no letter or digit on either side). */
  findAll(text: string): Hit<T>[] {
    if (!this.#built) this.#build();
    const hits: Hit<T>[] = [];
    const edgeStart = this.#edgeStart;
    const edgeChar = this.#edgeChar;
    const edgeTo = this.#edgeTo;
    const fail = this.#fail;
    const outs = this.#out;
    const root = this.#root;
    let n = 0;
    // Matches only count when they start at a word start, so no match is ever begun inside a word: there,
    // the automaton rests at the root and skips ahead to the word's end (most characters are read so).
    let prevIsWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const midWord = prevIsWord;
      prevIsWord = isWordChar(c);
      if (n === 0) {
        if (midWord) continue;
        n = root[c]!;
        if (n === 0) continue;
      } else {
        // Follow the edge for c, falling back along failure links; at the root, only at a word start.
        let m = 0;
        for (;;) {
          const last = edgeStart[n + 1]!;
          let e = edgeStart[n]!;
          while (e < last && edgeChar[e] !== c) e++;
          if (e < last) {
            m = edgeTo[e]!;
            break;
          }
          n = fail[n]!;
          if (n === 0) {
            m = midWord ? 0 : root[c]!;
            break;
          }
        }
        n = m;
        if (n === 0) continue;
      }
      const out = outs[n];
      if (out === undefined) continue;
      const end = i + 1;
      if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
      for (const [length, values] of out) {
        const start = end - length;
        if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
        for (const value of values) hits.push({ start, end, value });
      }
    }
    return hits;
  }
}

/** Keeps the leftmost-longest hits that do not overlap (per group of hits at the same span, all kept). */
export function leftmostLongest<T>(hits: Hit<T>[]): Hit<T>[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
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
