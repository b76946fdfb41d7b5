import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadedRecord } from './load.js';
import type { Problem } from './problem.js';

/** Where the source articles are: $PARLEY_SEEDS, or ../shared/seeds beside the repository. */
export function seedsDir(packageDir: string): string {
  return resolve(process.env.PARLEY_SEEDS ?? join(packageDir, '..', '..', '..', 'shared', 'seeds'));
}

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

/** Loads the text of every source record's seed file. */
export function loadSourceTexts(
  records: LoadedRecord[],
  dir: string,
): { texts: Map<string, FoldedText>; problems: Problem[] } {
  const texts = new Map<string, FoldedText>();
  const problems: Problem[] = [];
  if (!existsSync(dir)) {
    problems.push({
      file: dir,
      field: '',
      message:
        'the source articles are missing; set PARLEY_SEEDS or put them at ../shared/seeds beside the repository',
    });
    return { texts, problems };
  }
  for (const r of records.filter((x) => x.kind === 'source')) {
    const path = join(dir, String(r.record.seedFile));
    if (!existsSync(path)) {
      problems.push({ file: r.file, field: 'seedFile', message: `${path} does not exist` });
      continue;
    }
    texts.set(r.id, foldWhitespace(readFileSync(path, 'utf8')));
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
