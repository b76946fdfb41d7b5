import { foldName } from '@parley/dataset';

/** A word of a quote, folded, with where it is in the text it came from. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words of a text, folded (case, diacritics, apostrophes), for comparing quotes. Pass `folded` when the text
 * is already folded (the draft's folded prose), to skip folding word by word. */
export function tokenize(text: string, offset = 0, folded = false): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({
      word: folded ? m[0] : foldName(m[0]),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  }
  return out;
}
