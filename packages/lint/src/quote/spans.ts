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

/** The blank holding offset j, if any (blanks are sorted and apart). */
function blankAt(blanks: readonly Blank[], j: number): Blank | undefined {
  let lo = 0;
  let hi = blanks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blanks[mid]!;
    if (j < b.start) hi = mid - 1;
    else if (j >= b.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}

const inBlank = (blanks: readonly Blank[], j: number): boolean => blankAt(blanks, j) !== undefined;

/**
 * Finds quoted spans: “…”, "…", and ‘…’ / '…' where the single marks are not apostrophes (Russia's, sides’).
 * Spans do not cross paragraph breaks. `blanks` (citations) are read as spaces.
 */
export function findQuoteSpans(text: string, blanks: readonly Blank[] = []): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const n = text.length;
  // The text as if the blanks were spaces (they hold no quotation mark, newline or letter then).
  const at = (j: number): string | undefined => {
    const ch = text[j];
    return ch === undefined || blanks.length === 0 || !inBlank(blanks, j) ? ch : ' ';
  };
  let open: { at: number; kind: 'double' | 'single'; closer: string } | null = null;
  const interesting = /["'“”‘’\n]/g;
  for (let i = 0; i < n; i++) {
    interesting.lastIndex = i;
    // One character matched: it is just before lastIndex (`test` spares a match array).
    if (!interesting.test(text)) break;
    i = interesting.lastIndex - 1;
    if (blanks.length > 0) {
      const b = blankAt(blanks, i);
      if (b) {
        i = b.end - 1;
        continue;
      }
    }
    const ch = text[i]!;
    if (ch === '\n' && at(i + 1) === '\n') {
      open = null;
      continue;
    }
    const prev = at(i - 1);
    const after = at(i + 1);
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
