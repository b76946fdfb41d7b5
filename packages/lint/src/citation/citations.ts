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
    const body = m[1]!;
    let offsetInBody = 0;
    for (const part of body.split(';')) {
      const partStart = offsetInBody;
      offsetInBody += part.length + 1;
      KEY.lastIndex = 0;
      const k = KEY.exec(part);
      if (!k) continue;
      // "name@example.com" inside brackets is an e-mail address, not a citation.
      const before = part[k.index - 1];
      if (before && /[\p{L}\p{N}]/u.test(before)) continue;
      const keyStart = start + 1 + partStart + k.index;
      keys.push({ key: k[1]!, start: keyStart, end: keyStart + k[0].length });
    }
    if (keys.length > 0) out.push({ start, end, keys });
  }
  return out;
}
