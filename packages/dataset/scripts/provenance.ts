import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { LoadedRecord } from './load.js';
import type { Problem } from './problem.js';

/**
 * Where the source articles are: the directories of $PARLEY_SEEDS (a list like PATH, so an article under
 * review can sit beside the corpus), or ../shared/seeds beside the repository.
 */
export function seedsPath(packageDir: string): string[] {
  const list = process.env.PARLEY_SEEDS?.split(delimiter).filter(Boolean);
  return list && list.length > 0
    ? list.map((d) => resolve(d))
    : [resolve(packageDir, '..', '..', '..', 'shared', 'seeds')];
}

/** The first directory of the seeds path: where the corpus is, and where `new source` puts a new text. */
export const seedsDir = (packageDir: string): string => seedsPath(packageDir)[0]!;

/** The path of a source text in the first directory of the seeds path that holds it. */
export const findSeed = (dirs: readonly string[], file: string): string | undefined =>
  dirs.map((d) => join(d, file)).find((p) => existsSync(p));

/** The sha256 a source record stores: of the text's bytes, as read from the seeds directory. */
export const textHash = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** A source text with whitespace folded to single spaces, and the map back to the original offsets. */
export interface FoldedText {
  text: string;
  folded: string;
  /** origin[i] is the offset in `text` of folded[i]. */
  origin: number[];
}

export function foldWhitespace(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      folded += ch;
      origin.push(i);
      inSpace = false;
    }
  }
  return { text, folded, origin };
}

const foldExcerpt = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every offset (in the original text) where the excerpt occurs, whitespace folded. */
export function locate(source: FoldedText, excerpt: string): number[] {
  const needle = foldExcerpt(excerpt);
  const found: number[] = [];
  if (!needle) return found;
  for (let i = source.folded.indexOf(needle); i >= 0; i = source.folded.indexOf(needle, i + 1)) {
    found.push(source.origin[i]!);
  }
  return found;
}

/**
 * Loads the text of every source record's seed file, and checks it is the text the record was checked
 * against (its sha256), so an edited or replaced article is an error rather than silently different evidence.
 */
export function loadSourceTexts(
  records: LoadedRecord[],
  seeds: string | readonly string[],
): { texts: Map<string, FoldedText>; problems: Problem[] } {
  const dirs = typeof seeds === 'string' ? [seeds] : seeds;
  const texts = new Map<string, FoldedText>();
  const problems: Problem[] = [];
  if (!dirs.some((d) => existsSync(d))) {
    problems.push({
      file: dirs.join(delimiter),
      field: '',
      message:
        'the source articles are missing; set PARLEY_SEEDS or put them at ../shared/seeds beside the repository',
    });
    return { texts, problems };
  }
  for (const r of records.filter((x) => x.kind === 'source')) {
    const file = String(r.record.seedFile);
    const recorded = String(r.record.sha256);
    const path = findSeed(dirs, file);
    if (!path) {
      const line = r.lines.get('seedFile');
      problems.push({
        file: r.file,
        field: 'seedFile',
        message: `${file} is in none of ${dirs.join(', ')}: the text this source was checked against (sha256 ${recorded.slice(0, 12)}…) is missing; set PARLEY_SEEDS to the directory that holds it`,
        ...(line ? { line } : {}),
      });
      continue;
    }
    const bytes = readFileSync(path);
    const actual = textHash(bytes);
    if (actual !== recorded) {
      const line = r.lines.get('sha256');
      problems.push({
        file: r.file,
        field: 'sha256',
        message: `${path} is not the text this source was checked against: its sha256 is ${actual}, the record says ${recorded}. Check every excerpt citing ${r.id} against the new text (pnpm evidence:locate, pnpm check), then set sha256 to the new value`,
        ...(line ? { line } : {}),
      });
      continue;
    }
    texts.set(r.id, foldWhitespace(bytes.toString('utf8')));
  }
  return { texts, problems };
}

/**
 * Checks that every excerpt occurs verbatim in its source (whitespace folded), that its offset is one of the
 * places it occurs, and that a quote's or figure's text occurs in its own evidence.
 */
export function checkProvenance(records: LoadedRecord[], texts: Map<string, FoldedText>): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const evidence = r.record.evidence as { source: string; excerpt: string; offset: number }[];
    evidence.forEach((e, i) => {
      const field = `evidence[${i}]`;
      const line = r.lines.get(`${field}.excerpt`) ?? r.lines.get(field);
      const where = line ? { line } : {};
      const source = texts.get(e.source);
      if (!source) return; // an unknown source is reported by the reference check
      const found = locate(source, e.excerpt);
      if (found.length === 0) {
        problems.push({
          file: r.file,
          field: `${field}.excerpt`,
          message: `not found verbatim in ${e.source}: "${e.excerpt.slice(0, 80)}${e.excerpt.length > 80 ? '…' : ''}"`,
          ...where,
        });
      } else if (!found.includes(e.offset)) {
        problems.push({
          file: r.file,
          field: `${field}.offset`,
          message: `is ${e.offset} but the excerpt begins at ${found.join(' or ')} in ${e.source} (run pnpm evidence:locate)`,
          ...where,
        });
      }
    });
    const own = r.kind === 'quote' ? 'text' : r.kind === 'figure' ? 'text' : undefined;
    if (own) {
      const value = foldExcerpt(String(r.record[own]));
      if (!evidence.some((e) => foldExcerpt(e.excerpt).includes(value))) {
        const line = r.lines.get(own);
        problems.push({
          file: r.file,
          field: own,
          message: `"${value.slice(0, 80)}" does not occur in the record's own evidence excerpts`,
          ...(line ? { line } : {}),
        });
      }
    }
  }
  return problems;
}
