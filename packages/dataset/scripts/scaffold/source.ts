import { basename } from 'node:path';
import { MONTHS as months } from '../checks/event-date.js';
import { idFrom } from './ids.js';

/** What an author may state about a new source instead of letting it be read from the text. */
export interface SourceOptions {
  id?: string;
  title?: string;
  outlet?: string;
  publisher?: string;
  byline?: string[];
  date?: string;
  language?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A printed date in a line: "02 June 2025", "June 2, 2025" or "2025-06-02", as an ISO date. */
export function printedDate(line: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (iso) return iso[0];
  const month = `(${months.join('|')}|${months.map((m) => m.slice(0, 3)).join('|')})\\.?`;
  const dayFirst = new RegExp(`\\b(\\d{1,2}) ${month},? (\\d{4})\\b`, 'i').exec(line);
  if (dayFirst) return `${dayFirst[3]}-${pad(monthOf(dayFirst[2]!))}-${pad(Number(dayFirst[1]))}`;
  const monthFirst = new RegExp(`\\b${month} (\\d{1,2}),? (\\d{4})\\b`, 'i').exec(line);
  if (monthFirst) return `${monthFirst[3]}-${pad(monthOf(monthFirst[1]!))}-${pad(Number(monthFirst[2]))}`;
  return undefined;
}
const monthOf = (name: string) => months.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** Authors of a "By A and B" or "By A, B and C" line. */
export function bylineOf(line: string): string[] | undefined {
  const m = /\bBy ([A-Z][^\n]*)$/.exec(line.trim());
  if (!m) return undefined;
  return m[1]!
    .split(/,\s*|\s+and\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A source record for an article text, read from its head the way the first sources were written by
 * hand: the headline is the first line, the date and byline are what the lines under it print. Every value
 * read is backed by an excerpt (the headline, and the dateline when there is one) so the build checks it;
 * what the text does not say (outlet, publisher) stays null until the author states it.
 */
export function sourceRecord(
  text: string,
  seedFile: string,
  sha256: string,
  opts: SourceOptions,
): { id: string; record: Record<string, unknown> } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const headline = lines[0];
  if (!headline) throw new Error(`${seedFile}: the text is empty`);
  const title = opts.title ?? headline;
  const head = lines.slice(1, 4);
  const dateline = head.find((l) => printedDate(l));
  const date = opts.date ?? (dateline ? printedDate(dateline) : undefined);
  if (!date)
    throw new Error(
      `${seedFile}: no printed date in the lines under the headline; pass --date YYYY-MM-DD (the date is inferred then: say how in publishedAt.note)`,
    );
  const byline = opts.byline ?? head.map(bylineOf).find((b) => b) ?? [];
  const id = opts.id ?? idFrom(title, 4);
  const evidence = [{ source: id, excerpt: headline, offset: 0 }];
  if (dateline && dateline !== headline) evidence.push({ source: id, excerpt: dateline, offset: 0 });
  return {
    id,
    record: {
      title,
      outlet: opts.outlet ?? null,
      publisher: opts.publisher ?? null,
      byline,
      publishedAt: {
        date,
        basis: opts.date && !dateline ? 'inferred' : 'printed',
      },
      language: opts.language ?? 'en',
      seedFile: basename(seedFile),
      sha256,
      evidence,
    },
  };
}
