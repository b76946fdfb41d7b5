import { foldName } from '@parley/dataset';

/** A word of a quote, folded, with where it is in the text it came from. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words of a text, folded (case, diacritics, apostrophes), for comparing quotes. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ word: foldName(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}
