import { foldName } from '../../src/lookup/fold.js';
import type { LoadedRecord } from '../load.js';
import type { Problem } from '../problem.js';
import type { FoldedText } from '../provenance.js';

/** What every semantic check reads: the loaded records, by id, and the source texts. */
export interface CheckContext {
  records: readonly LoadedRecord[];
  byId: ReadonlyMap<string, LoadedRecord>;
  texts: ReadonlyMap<string, FoldedText>;
}

/** A check of records against their evidence; returns every problem it finds. */
export type Check = (ctx: CheckContext) => Problem[];

export const contextOf = (
  records: readonly LoadedRecord[],
  texts: ReadonlyMap<string, FoldedText>,
): CheckContext => ({ records, byId: new Map(records.map((r) => [r.id, r])), texts });

/**
 * A problem at a field of a record, on the line of that field, else of its parent, else line 1 (where the
 * record begins: a missing field has no line of its own).
 */
export function problemAt(r: LoadedRecord, field: string, message: string): Problem {
  const line =
    r.lines.get(field) ??
    r.lines.get(field.replace(/(\.[^.[]+|\[\d+\])$/, '')) ??
    r.lines.get(field.replace(/[.[].*$/, '')) ??
    1;
  return { file: r.file, field, message, line };
}

export interface EvidenceItem {
  source: string;
  excerpt: string;
  offset: number;
}

export const evidenceOf = (r: LoadedRecord): EvidenceItem[] => r.record.evidence as EvidenceItem[];

/** Shortens an excerpt for a message. */
export const clip = (s: string, n = 90): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Whether `needle` occurs in `haystack` as whole words, both folded with foldName. With `openEnd`, the last
 * word may run on into the next: a source that drops a space ("Vladimir Medinskian ideological advisor").
 */
export function containsWords(haystack: string, needle: string, openEnd = false): boolean {
  const h = foldName(haystack);
  const n = foldName(needle);
  if (!n) return false;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    if (!isWordChar(h[i - 1]) && (openEnd || !isWordChar(h[i + n.length]))) return true;
  }
  return false;
}

/** Every spelling of a record's name (names, or a role's title). Empty for kinds without names. */
export function spellingsOf(r: LoadedRecord | undefined): string[] {
  const names = (r?.record.names ?? r?.record.title) as { text: string }[] | undefined;
  return names?.map((n) => n.text) ?? [];
}

/**
 * Whether any spelling of the record with this id is named in the text. A full name (two words or more) may
 * run on into the next word, as where a source drops a space; a single word must stand alone.
 */
export const names = (ctx: CheckContext, id: string, text: string): boolean =>
  spellingsOf(ctx.byId.get(id)).some((s) => containsWords(text, s, /\s/.test(s.trim())));
