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
const KEY = /@([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)/gu;

/** Finds bracketed citations in prose (code and link targets already blanked). */
export function findCitations(prose: string): Citation[] {
  const out: Citation[] = [];
  const re = /\[([^[\]\n]*@[^[\]\n]*)\]/g;
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    const start = m.index;
    const end = start + m[0].length;
    const keys: CitedKey[] = [];
    // The parts between semicolons of the brackets' body, prose[start + 1, end - 1): a key never spans one.
    const bodyEnd = end - 1;
    for (let from = start + 1; from <= bodyEnd; ) {
      let to = prose.indexOf(';', from);
      if (to < 0 || to > bodyEnd) to = bodyEnd;
      const at = prose.indexOf('@', from);
      if (at >= 0 && at < to) {
        KEY.lastIndex = at;
        const k = KEY.exec(prose);
        // "name@example.com" inside brackets is an e-mail address, not a citation.
        const before = k && k.index > from ? prose[k.index - 1] : undefined;
        if (k && k.index < to && !(before && /[\p{L}\p{N}]/u.test(before)))
          keys.push({ key: k[1]!, start: k.index, end: k.index + k[0].length });
      }
      from = to + 1;
    }
    if (keys.length > 0) out.push({ start, end, keys });
  }
  return out;
}
