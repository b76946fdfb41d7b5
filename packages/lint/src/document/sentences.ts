import { Landmarks } from './landmarks.js';

/** A sentence (or heading, or list item line) of the prose: [start, end) in the draft. */
export interface Sentence {
  start: number;
  end: number;
}

// Abbreviations whose period does not end a sentence (folded, without the final period).
const ABBREVIATIONS = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'no',
  'p',
  'pp',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'gov',
  'sen',
  'rep',
  'prof',
  'fig',
  'vol',
  'ch',
]);

/** The first characters of a heading, list item, quote or table row. */
const BLOCK_START = new Set([...'#-*+0123456789>|'].map((c) => c.charCodeAt(0)));
const isSpace = (c: number) => c === 32 || c === 9 || c === 160 || c === 0x202f || c === 13;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '*', '_']);

/**
 * Splits prose into sentences: at . ! ? (after closing quotes and brackets) followed by space and a capital,
 * digit or opening quote, and at block boundaries (blank lines, headings, list items). A sentence made only of
 * a citation ("… up." [@key]) is joined to the sentence it closes. Linear in the text length.
 */
export function splitSentences(prose: string): Sentence[] {
  const out: Sentence[] = [];
  const n = prose.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(prose[s]!)) s++;
    while (e > s && /\s/.test(prose[e - 1]!)) e--;
    if (e > s) {
      const prev = out[out.length - 1];
      // A bare citation after the full stop belongs to the sentence before it.
      if (
        prev &&
        prose.charCodeAt(s) === 91 /* [ */ &&
        /^\[[^\]]*@[^\]]*\][.,;]?$/.test(prose.slice(s, e)) &&
        !prose.slice(prev.end, s).includes('\n\n')
      ) {
        prev.end = e;
      } else out.push({ start: s, end: e });
    }
  };
  let lineStart = 0;
  // Only newlines and . ! ? … matter: skip to the nearest.
  const landmarks = new Landmarks(prose, ['\n', '.', '!', '?', '…']);
  const hashes = new Landmarks(prose, ['#']);
  for (let i = 0; i < n; i++) {
    i = landmarks.from(i);
    if (i >= n) break;
    const c = prose.charCodeAt(i);
    if (c === 10) {
      // (A heading has its # within its first four characters.)
      const heading =
        hashes.from(lineStart) < Math.min(i, lineStart + 4) &&
        /^\s{0,3}#{1,6}\s/.test(prose.slice(lineStart, Math.min(i, lineStart + 12)));
      lineStart = i + 1;
      // Block boundary: blank line, or the next line starts a heading, list item, quote or table row.
      let j = i + 1;
      while (j < n && isSpace(prose.charCodeAt(j))) j++;
      if (
        j >= n ||
        prose.charCodeAt(j) === 10 ||
        (BLOCK_START.has(prose.charCodeAt(j)) &&
          /^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\|)/.test(prose.slice(j, j + 4))) ||
        heading
      ) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 8230) continue; // . ! ? …
    let j = i + 1;
    while (j < n && CLOSERS.has(prose[j]!)) j++;
    if (j < n && !isSpace(prose.charCodeAt(j)) && prose.charCodeAt(j) !== 10) continue;
    let k = j;
    while (k < n && isSpace(prose.charCodeAt(k))) k++;
    // A citation right after the full stop closes this sentence: "… up." [@key] Next …
    if (prose[k] === '[') {
      const cite = /^\[[^\]\n]*@[^\]\n]*\][.,;]?/.exec(prose.slice(k, k + 300));
      if (cite) {
        j = k + cite[0].length;
        k = j;
        while (k < n && isSpace(prose.charCodeAt(k))) k++;
      }
    }
    if (k < n && prose.charCodeAt(k) !== 10) {
      const next = prose[k]!;
      if (!/[\p{Lu}\d"“‘'([]/u.test(next)) continue;
    }
    if (c === 46) {
      // Not after an abbreviation or an initial ("U.S.", "Mr.", "J. Smith").
      let w = i;
      while (w > 0 && i - w < 12 && /[\p{L}.]/u.test(prose[w - 1]!)) w--;
      const word = prose.slice(w, i).toLowerCase();
      // An initial is one capital standing alone: the "s" of "Tu-22s." ends a word, not a name.
      const initial = /^\p{Lu}$/u.test(prose.slice(w, i)) && !/[\p{L}\p{N}-]/u.test(prose[w - 1] ?? ' ');
      if (ABBREVIATIONS.has(word) || initial) continue;
      if (/^\d$/.test(prose[i - 1] ?? '') && /^\d/.test(prose[k] ?? '')) continue;
    }
    push(j);
    start = j;
  }
  push(n);
  return out;
}
