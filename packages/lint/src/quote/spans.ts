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

/**
 * Finds quoted spans: “…”, "…", and ‘…’ / '…' where the single marks are not apostrophes (Russia's, sides’).
 * Spans do not cross paragraph breaks.
 */
export function findQuoteSpans(prose: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const n = prose.length;
  let open: { at: number; kind: 'double' | 'single'; closer: string } | null = null;
  const interesting = /["'“”‘’\n]/g;
  for (let i = 0; i < n; i++) {
    interesting.lastIndex = i;
    // One character matched: it is just before lastIndex (`test` spares a match array).
    if (!interesting.test(prose)) break;
    i = interesting.lastIndex - 1;
    const ch = prose[i]!;
    if (ch === '\n' && prose[i + 1] === '\n') {
      open = null;
      continue;
    }
    const prev = prose[i - 1];
    const after = prose[i + 1];
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
