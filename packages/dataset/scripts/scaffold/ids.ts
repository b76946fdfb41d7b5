import { foldName } from '../../src/lookup/fold.js';

// Words that carry no meaning in an id ("the talks in Istanbul" → talks-istanbul).
const filler = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * A kebab-case id from words: folded to ASCII (Çırağan → ciragan), filler words dropped, at most `max`
 * words, so generated ids read like the hand-written ones (`rustem-umerov-four-more-days`).
 */
export function idFrom(words: string, max = 6): string {
  const parts = foldName(words)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !filler.has(w));
  return parts.slice(0, max).join('-');
}

/** `base`, or `base-2`, `base-3`… the first no record has yet (ids are unique across all kinds). */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
