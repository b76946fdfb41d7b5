import { foldName } from '@parley/dataset';

/** A word of a quote, folded, with where it is in the text it came from. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD_SOURCE = "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*";

/** Words of a text, folded (case, diacritics, apostrophes), for comparing quotes. Pass `folded` when the text
 * is already folded (the draft's folded prose), to skip folding word by word. */
export function tokenize(text: string, offset = 0, folded = false): Token[] {
  const out: Token[] = [];
  // A regex of this call's own: a global regex keeps its position between calls.
  const word = new RegExp(WORD_SOURCE, 'gu');
  for (let m = word.exec(text); m; m = word.exec(text)) {
    out.push({
      word: folded ? m[0] : foldName(m[0]),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  }
  return out;
}
