import type { Blank } from '../document/fold.js';

/** Words in quotation marks in the draft: the span of the words, without the marks. */
export interface QuoteSpan {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** The quoted words: [start, end). */
  start: number;
  end: number;
}

const isLetter = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(ch);
};

/** Whether offset j lies in one of the blanks (sorted and apart). */
function inBlank(blanks: readonly Blank[], j: number): boolean {
  let lo = 0;
  let hi = blanks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blanks[mid]!;
    if (j < b.start) hi = mid - 1;
    else if (j >= b.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Finds quoted spans: “…”, "…", and ‘…’ / '…' where the single marks are not apostrophes (Russia's, sides’).
 * Spans do not cross paragraph breaks. `blanks` (citations: each “[…]” on one line) are read as spaces.
 */
export function findQuoteSpans(text: string, blanks: readonly Blank[] = []): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const n = text.length;
  // The text is read as if the blanks were spaces. Next to a character outside them, a blank begins with
  // its "[" or ends with its "]", so only those neighbours are looked up.
  let next = 0;
  let open: { at: number; kind: 'double' | 'single'; closer: string } | null = null;
  const interesting = /["'“”‘’\n]/g;
  for (let i = 0; i < n; i++) {
    interesting.lastIndex = i;
    // One character matched: it is just before lastIndex (`test` spares a match array).
    if (!interesting.test(text)) break;
    i = interesting.lastIndex - 1;
    while (next < blanks.length && blanks[next]!.end <= i) next++;
    if (next < blanks.length && blanks[next]!.start <= i) {
      i = blanks[next]!.end - 1;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') {
      open = null;
      continue;
    }
    let prev = text[i - 1];
    if (prev === ']' && inBlank(blanks, i - 1)) prev = ' ';
    let after = text[i + 1];
    if (after === '[' && inBlank(blanks, i + 1)) after = ' ';
    if (open) {
      const closes =
        open.kind === 'double'
          ? ch === open.closer || (open.closer === '”' && ch === '"') || (open.closer === '"' && ch === '”')
          : (ch === '’' || ch === "'") && !isLetter(after) && prev !== ' ';
      if (closes) {
        out.push({ open: open.at, close: i, start: open.at + 1, end: i });
        open = null;
      }
      continue;
    }
    if (ch === '“') open = { at: i, kind: 'double', closer: '”' };
    else if (ch === '"' && !isLetter(prev) && after !== ' ' && after !== undefined)
      open = { at: i, kind: 'double', closer: '"' };
    else if ((ch === '‘' || ch === "'") && !isLetter(prev) && isLetter(after))
      open = { at: i, kind: 'single', closer: '’' };
  }
  return out;
}
