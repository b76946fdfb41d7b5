import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { Redirect } from '../schema/redirect.js';
import type { LoadedRecord } from './load.js';
import type { Problem } from './problem.js';

export type RedirectT = z.infer<typeof Redirect>;
const FILE = 'data/redirects.yaml';

/**
 * Reads data/redirects.yaml (a list of retired ids) and checks each: a retired id is no live record's, and
 * every id it points to is.
 */
export function loadRedirects(
  packageDir: string,
  records: readonly LoadedRecord[],
): { redirects: RedirectT[]; problems: Problem[] } {
  const path = join(packageDir, FILE);
  if (!existsSync(path)) return { redirects: [], problems: [] };
  const parsed = z.array(Redirect).safeParse(parse(readFileSync(path, 'utf8')) ?? []);
  if (!parsed.success)
    return {
      redirects: [],
      problems: parsed.error.issues.map((i) => ({
        file: FILE,
        field: i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, ''),
        message: i.message,
      })),
    };
  const live = new Set(records.map((r) => r.id));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((r, i) => {
    if (live.has(r.id))
      problems.push({
        file: FILE,
        field: `[${i}].id`,
        message: `"${r.id}" is retired but a record still has it`,
      });
    if (seen.has(r.id))
      problems.push({ file: FILE, field: `[${i}].id`, message: `"${r.id}" is retired twice` });
    seen.add(r.id);
    for (const to of r.moved ? [r.moved] : (r.split ?? []))
      if (!live.has(to))
        problems.push({
          file: FILE,
          field: `[${i}].${r.moved ? 'moved' : 'split'}`,
          message: `"${to}" is not the id of any record`,
        });
  });
  return { redirects: parsed.data, problems };
}
