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

// Pandoc citation keys: start with a letter, digit or _, then word characters and internal punctuation.
const KEY = /@([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)/uy;

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
      let k: RegExpExecArray | null = null;
      for (let at = body.indexOf('@', from); at >= 0 && at < to && !k; at = body.indexOf('@', at + 1)) {
        KEY.lastIndex = start + 1 + at;
        k = KEY.exec(prose);
      }
      if (k) {
        const index = k.index - start - 1;
        // "name@example.com" inside brackets is an e-mail address, not a citation.
        const before = index > from ? body[index - 1] : undefined;
        if (!(before && /[\p{L}\p{N}]/u.test(before)))
          keys.push({ key: k[1]!, start: k.index, end: k.index + k[0].length });
      }
      from = to + 1;
    }
    if (keys.length > 0) out.push({ start, end, keys });
  }
  return out;
}
