import { foldChar } from '@parley/dataset';

/**
 * How each UTF-16 unit folds to exactly one unit: lower case, no diacritic, plain apostrophe and hyphen.
 * Remembered per unit (so at most one entry per unit there is); a compiled model holds one.
 */
export class Folds {
  readonly #units = new Map<number, string>();

  unit(code: number, ch: string): string {
    if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    let f = this.#units.get(code);
    if (f === undefined) {
      const base = ch.normalize('NFD')[0] ?? ch;
      const folded = foldChar(base);
      f = folded.length === 1 ? folded : ch;
      // Combining marks on their own fold to a space-like non-letter so they never join words.
      if (code >= 0x300 && code <= 0x36f) f = '\u0300';
      this.#units.set(code, f);
    }
    return f;
  }
}

// Everything above U+007F (written as a range from U+0080 so no control character appears in the pattern).
const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_SOURCE = '[\\u0080-\\uffff]';

/** One call's folding: the units' folds, and a scanner of its own (a global regex keeps state). */
interface Folding {
  folds: Folds;
  nonAscii: RegExp;
}

/** Pieces of a lower-cased text with its non-ASCII units folded, pushed onto `parts`. */
function foldPieces(lower: string, parts: string[], f0: Folding): void {
  let at = 0;
  const re = f0.nonAscii;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const ch = m[0];
    const f = f0.folds.unit(ch.charCodeAt(0), ch);
    if (f === ch) continue;
    parts.push(lower.slice(at, m.index), f);
    at = m.index + 1;
  }
  parts.push(at === 0 ? lower : lower.slice(at));
}

/** A range of the text to read as spaces. */
export interface Blank {
  start: number;
  end: number;
}

/** The text with these ranges (sorted, apart, on one line each) replaced by spaces. */
export function blanked(text: string, blanks: readonly Blank[]): string {
  if (blanks.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const b of blanks) {
    parts.push(text.slice(at, b.start), ' '.repeat(b.end - b.start));
    at = b.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Pieces of `lower` (text[from, …) lower-cased) folded, with the parts of blanks in it as spaces. */
function foldBlanked(
  lower: string,
  from: number,
  blanks: readonly Blank[],
  next: number,
  parts: string[],
  f0: Folding,
): number {
  let b = next;
  let at = 0;
  while (b < blanks.length && blanks[b]!.start < from + lower.length) {
    const start = Math.max(blanks[b]!.start - from, at);
    const end = Math.min(blanks[b]!.end - from, lower.length);
    if (start > at) foldPieces(lower.slice(at, start), parts, f0);
    if (end > start) parts.push(' '.repeat(end - start));
    at = Math.max(at, end);
    if (blanks[b]!.end - from > lower.length) break;
    b++;
  }
  if (at < lower.length) foldPieces(at === 0 ? lower : lower.slice(at), parts, f0);
  return b;
}

/**
 * Long texts are lower-cased in chunks of about this many units, each ending after a space: a string of
 * more than 64K UTF-16 units is a large object, costly to allocate, and only the folded text need be one.
 */
const CHUNK = 16384;

/**
 * The draft folded for matching, one unit per unit, so a match at [i, j) in the folded text is the same
 * range in the draft. Matches `foldName` of the dataset for names without combining characters.
 */
export function foldText(text: string, blanks: readonly Blank[] = [], folds = new Folds()): string {
  const f0: Folding = { folds, nonAscii: new RegExp(NON_ASCII_SOURCE, 'g') };
  // Lower-casing is per character but for Σ (final sigma): without it, chunks cut after a space (never
  // inside a surrogate pair) lower-case as the whole text does, and a space in a blank as any character.
  if ((text.length > CHUNK || blanks.length > 0) && text.indexOf('\u03a3') < 0) {
    const parts: string[] = [];
    let whole = true;
    let next = 0;
    for (let at = 0; at < text.length && whole; ) {
      let end = Math.min(at + CHUNK, text.length);
      if (end < text.length) {
        const space = text.lastIndexOf(' ', end - 1);
        if (space <= at) break;
        end = space + 1;
      }
      const chunk = text.slice(at, end);
      const lower = chunk.toLowerCase();
      whole = lower.length === chunk.length;
      if (whole) next = foldBlanked(lower, at, blanks, next, parts, f0);
      at = end;
      if (whole && at >= text.length) return parts.join('');
    }
  }
  return foldWhole(blanked(text, blanks), f0);
}

function foldWhole(text: string, f0: Folding): string {
  // Fast path: native lower-casing, then only the non-ASCII units folded one by one.
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    if (!NON_ASCII.test(lower)) return lower;
    // The pieces between the units that fold to something else, joined once (into a flat string, which
    // every later scan reads faster than a concatenation).
    const parts: string[] = [];
    foldPieces(lower, parts, f0);
    return parts.length === 1 ? lower : parts.join('');
  }
  // Some characters lower-case to two units (İ): fold unit by unit to keep offsets.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out +=
      code < 128
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : text[i]
        : f0.folds.unit(code, text[i]!);
  }
  return out;
}

/** Letters and digits, for word boundaries (any script). */
export const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)));

/** White space as a regex's `\s` reads it (the number parser's own definition). */
export { isSpace } from '@parley/numbers';
