import type { Source } from '@parley/dataset';

/** Characters of a Pandoc citation key (as {@link findCitations} reads them). */
const KEY_CHAR = /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u;

/**
 * Where a citation key is being typed at `offset` of `text`: after `[@`, or after `; @` (or `[see @`)
 * inside a bracket still open on the same line. Returns the offsets of the partial key typed so far (after
 * the `@`, through any key characters right of the cursor, so accepting a key replaces all of it).
 *
 * @example
 * ```ts
 * citationKeyAt('As reported [@reu', 17); // → { start: 14, end: 17 }
 * ```
 */
export function citationKeyAt(text: string, offset: number): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const open = before.lastIndexOf('[');
  if (open < 0 || before.indexOf(']', open) >= 0) return undefined;
  // Within the bracket, only the last `;`-separated part matters: `[@a; @b` completes `b`.
  const part = before
    .slice(open + 1)
    .split(';')
    .pop()!;
  const m = /(?:^|[\s-])@([\p{L}\p{N}_:.#$%&\-+?<>~/]*)$/u.exec(part);
  if (!m) return undefined;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && KEY_CHAR.test(text[end]!)) end++;
  return { start: offset - m[1]!.length, end };
}

// Words that help nobody find a source; dropped so the text stays short (VS Code matches only the first 128
// characters of a completion's filter text).
const STOP = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'to',
  'for',
  'but',
  'at',
  'by',
  'with',
]);

/**
 * What a reporter may type to find a source: its key, outlet, publisher, byline, date and title words, once
 * each, key first. Editors match a completion's filter text against what is typed after `[@`.
 */
export function citationFilterText(s: Source): string {
  const words: string[] = [s.id];
  const seen = new Set<string>([s.id.toLowerCase()]);
  const add = (text: string | null | undefined) => {
    for (const w of (text ?? '').split(/[\s,;:()"“”‘’]+/)) {
      const lower = w.toLowerCase();
      if (!w || STOP.has(lower) || seen.has(lower)) continue;
      seen.add(lower);
      words.push(w);
    }
  };
  add(s.outlet);
  add(s.publisher);
  for (const name of s.byline) add(name);
  add(s.publishedAt.date);
  add(s.title);
  return words.join(' ');
}
