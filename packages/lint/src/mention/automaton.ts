import { isWordChar } from '../document/fold.js';

/** A pattern hit in the text: [start, end) and the pattern's payload. */
export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<number, Node<T>>;
  fail: Node<T> | null;
  /** Patterns ending here: length and payloads. */
  out: { length: number; values: T[] }[];
}

const node = <T>(): Node<T> => ({ next: new Map(), fail: null, out: [] });

/**
 * Aho–Corasick automaton: finds every occurrence of every pattern in one pass over the text, so matching cost
 * does not grow with the number of names in the dataset. Patterns and text must be folded the same way.
 */
export class Automaton<T> {
  #root: Node<T> = node();
  #built = false;

  add(pattern: string, value: T): void {
    if (!pattern) return;
    let n = this.#root;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) {
        m = node();
        n.next.set(c, m);
      }
      n = m;
    }
    const existing = n.out.find((o) => o.length === pattern.length);
    if (existing) existing.values.push(value);
    else n.out.push({ length: pattern.length, values: [value] });
    this.#built = false;
  }

  #build(): void {
    const root = this.#root;
    const queue: Node<T>[] = [];
    for (const child of root.next.values()) {
      child.fail = root;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const n = queue[q]!;
      for (const [c, child] of n.next) {
        let f = n.fail;
        while (f && !f.next.has(c)) f = f.fail;
        child.fail = f ? f.next.get(c)! : root;
        // Inherit the fail node's outputs so each position reports every pattern ending there.
        child.out = [
          ...child.out,
          ...child.fail.out.filter((o) => !child.out.some((x) => x.length === o.length)),
        ];
        queue.push(child);
      }
    }
    this.#built = true;
  }

  /** Every whole-word occurrence (no letter or digit on either side). */
  findAll(text: string): Hit<T>[] {
    if (!this.#built) this.#build();
    const hits: Hit<T>[] = [];
    const root = this.#root;
    let n = root;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let m = n.next.get(c);
      while (!m && n !== root) {
        n = n.fail!;
        m = n.next.get(c);
      }
      n = m ?? root;
      if (n.out.length === 0) continue;
      const end = i + 1;
      if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
      for (const o of n.out) {
        const start = end - o.length;
        if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
        for (const value of o.values) hits.push({ start, end, value });
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
