import { isWordChar } from '../document/fold.js';

/** One cited key inside a citation: `@key` with its own range. */
export interface CitedKey {
  key: string;
  start: number;
  end: number;
}

/** A Pandoc citation: `[@key]`, `[@a; @b]`, `[see @key, p. 3]`. */
export interface Citation {
  start: number;
  end: number;
  keys: CitedKey[];
}

// Pandoc citation keys: start with a letter, digit or _, then word characters and internal punctuation —
// `/@([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)/u`, read by hand below.
const PUNCTUATION = ':.#$%&-+?<>~/';
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length of the key character (letter, digit or _, one code point) at i, or 0. */
function keyChar(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return isWordChar(c) ? 1 : 0;
}

/** Where the key after the @ at `at` ends, or -1 when no key follows it. */
function keyEnd(text: string, at: number): number {
  let j = at + 1;
  let len = keyChar(text, j);
  if (len === 0) return -1;
  for (j += len; ; ) {
    len = keyChar(text, j);
    if (len > 0) j += len;
    else if (j < text.length && PUNCTUATION.includes(text[j]!) && keyChar(text, j + 1) > 0) j++;
    else return j;
  }
}

/** Finds bracketed citations in prose (code and link targets already blanked). */
export function findCitations(prose: string): Citation[] {
  const out: Citation[] = [];
  const re = /\[([^[\]\n]*@[^[\]\n]*)\]/g;
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    const start = m.index;
    const end = start + m[0].length;
    const keys: CitedKey[] = [];
    // The parts between semicolons of the brackets' body (a key never spans one), read in place.
    const body = m[1]!;
    for (let from = 0; from <= body.length; ) {
      let to = body.indexOf(';', from);
      if (to < 0) to = body.length;
      // The first @ of the part that a key follows.
      let index = -1;
      let keyEnds = -1;
      for (
        let at = body.indexOf('@', from);
        at >= 0 && at < to && keyEnds < 0;
        at = body.indexOf('@', at + 1)
      ) {
        keyEnds = keyEnd(prose, start + 1 + at);
        index = at;
      }
      if (keyEnds >= 0) {
        // "name@example.com" inside brackets is an e-mail address, not a citation.
        const before = index > from ? body[index - 1] : undefined;
        const keyStart = start + 1 + index;
        if (!(before && /[\p{L}\p{N}]/u.test(before)))
          keys.push({ key: prose.slice(keyStart + 1, keyEnds), start: keyStart, end: keyEnds });
      }
      from = to + 1;
    }
    if (keys.length > 0) out.push({ start, end, keys });
  }
  return out;
}
