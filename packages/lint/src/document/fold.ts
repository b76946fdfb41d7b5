import { foldChar } from '@parley/dataset';

/**
 * How each UTF-16 unit folds to exactly one unit: lower case, no diacritic, plain apostrophe and hyphen.
 * Remembered per unit (so at most one entry per unit there is); a compiled model holds one.
 */
export class Folds {
  readonly #units = new Map<number, string>();
  readonly #codes = new Map<number, number>();

  unit(code: number, ch: string): string {
    if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    let f = this.#units.get(code);
    if (f === undefined) {
      const base = ch.normalize('NFD')[0] ?? ch;
      const folded = foldChar(base);
      f = folded.length === 1 ? folded : ch;
      // Curly double quotation marks read as '"': no name holds one, and a draft folded to Latin-1 is a
      // one-byte string, which V8 allocates and scans faster than a two-byte one.
      if (code >= 0x201c && code <= 0x201f) f = '"';
      // Combining marks on their own fold to a space-like non-letter so they never join words.
      if (code >= 0x300 && code <= 0x36f) f = '\u0300';
      this.#units.set(code, f);
    }
    return f;
  }

  /**
   * The fold of a unit of the draft as it stands (not yet lower-cased), as a code: lower-cased first when
   * that gives one unit, as the whole text's lower-casing would, then folded.
   */
  code(code: number): number {
    let f = this.#codes.get(code);
    if (f === undefined) {
      const ch = String.fromCharCode(code);
      const lower = ch.toLowerCase();
      f = (lower.length === 1 ? this.unit(lower.charCodeAt(0), lower) : this.unit(code, ch)).charCodeAt(0);
      this.#codes.set(code, f);
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

/** Units folded into one piece of the folded text at a time (a call's arguments, so not too many). */
const PIECE = 4096;

/** Final sigma (lower-cased by context) and surrogates (lower-cased in pairs) need the whole text's lower-casing. */
const CONTEXTUAL = /[\u03a3\ud800-\udfff]/;

/**
 * The draft folded for matching, one unit per unit, so a match at [i, j) in the folded text is the same
 * range in the draft. Matches `foldName` of the dataset for names without combining characters.
 */
export function foldText(text: string, blanks: readonly Blank[] = [], folds = new Folds()): string {
  // Σ and surrogates fold outside Latin-1, so a Latin-1 fold never needed the whole text's lower-casing.
  const latin1 = foldLatin1(text, blanks, folds);
  if (latin1 !== undefined) return latin1;
  if (CONTEXTUAL.test(text))
    return foldWhole(blanked(text, blanks), { folds, nonAscii: new RegExp(NON_ASCII_SOURCE, 'g') });
  return foldInPieces(text, blanks, folds);
}

/**
 * The fold unit by unit into bytes, decoded as Latin-1 at once: when every folded unit is Latin-1 (most
 * English drafts, curly quotation marks and all), a one-byte string in one native call, without the
 * pieces of `foldInPieces`. Undefined when a unit folds to anything else: C1 controls too, which the
 * Encoding standard's "latin1" (windows-1252) decodes to other characters.
 */
function foldLatin1(text: string, blanks: readonly Blank[], folds: Folds): string | undefined {
  const bytes = new Uint8Array(text.length);
  let i = 0;
  for (let blank = 0; blank <= blanks.length; blank++) {
    const stop = blank < blanks.length ? Math.max(i, blanks[blank]!.start) : text.length;
    const end = blank < blanks.length ? blanks[blank]!.end : text.length;
    for (; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) bytes[i] = c >= 65 && c <= 90 ? c + 32 : c;
      else {
        const f = folds.code(c);
        if (f > 0xff || (f >= 0x80 && f < 0xa0)) return undefined;
        bytes[i] = f;
      }
    }
    for (; i < end; i++) bytes[i] = 32;
  }
  return new TextDecoder('latin1').decode(bytes);
}

/** The fold in pieces made by String.fromCharCode, for texts with units that fold outside Latin-1. */
function foldInPieces(text: string, blanks: readonly Blank[], folds: Folds): string {
  // One pass, unit by unit, in pieces made by String.fromCharCode: pieces of Latin-1 units are one-byte
  // strings, so the folded text is one where it can be; a two-byte text of over 64K units is a large
  // object, slow to allocate.
  const parts: string[] = [];
  // A plain array of small integers: String.fromCharCode.apply reads it faster than a typed array.
  const piece: number[] = new Array(Math.min(PIECE, text.length));
  let k = 0;
  let i = 0;
  for (let blank = 0; blank <= blanks.length; blank++) {
    const stop = blank < blanks.length ? Math.max(i, blanks[blank]!.start) : text.length;
    const end = blank < blanks.length ? blanks[blank]!.end : text.length;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      piece[k++] = i >= stop ? 32 : c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : folds.code(c);
      if (k === PIECE) {
        parts.push(String.fromCharCode.apply(null, piece));
        k = 0;
      }
    }
  }
  if (k > 0) parts.push(String.fromCharCode.apply(null, k === piece.length ? piece : piece.slice(0, k)));
  return parts.length === 1 ? parts[0]! : parts.join('');
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
