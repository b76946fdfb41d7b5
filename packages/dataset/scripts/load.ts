import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Kind, kinds } from '../schema/index.js';
import type { Problem } from './problem.js';

export interface LoadedRecord {
  kind: Kind;
  id: string;
  /** Path relative to the package, for messages. */
  file: string;
  record: Record<string, unknown>;
  /** Line of each top-level and nested field, for messages (dotted path to 1-based line). */
  lines: Map<string, number>;
}

const pathKey = (path: readonly PropertyKey[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

/** Reads every `data/<kind>/<id>.yaml`, parses it and validates it against its kind's schema. */
export function loadRecords(packageDir: string): { records: LoadedRecord[]; problems: Problem[] } {
  const dataDir = join(packageDir, 'data');
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  const folders = readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const folder of folders) {
    if (!(folder.name in kinds)) {
      problems.push({
        file: relative(packageDir, join(dataDir, folder.name)),
        field: '',
        message: `unknown kind folder; expected one of ${Object.keys(kinds).join(', ')}`,
      });
      continue;
    }
    const kind = folder.name as Kind;
    const schema: z.ZodType = kinds[kind].schema;
    for (const name of readdirSync(join(dataDir, kind)).sort()) {
      const file = relative(packageDir, join(dataDir, kind, name));
      if (!name.endsWith('.yaml')) {
        problems.push({ file, field: '', message: 'records are .yaml files' });
        continue;
      }
      const id = name.slice(0, -'.yaml'.length);
      const text = readFileSync(join(dataDir, kind, name), 'utf8');
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
      if (doc.errors.length > 0) {
        for (const e of doc.errors) {
          const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
          problems.push({
            file,
            field: '',
            message: `YAML: ${e.message.split('\n')[0]}`,
            ...(line ? { line } : {}),
          });
        }
        continue;
      }
      if (!isMap(doc.contents)) {
        problems.push({ file, field: '', message: 'a record is a YAML mapping of fields' });
        continue;
      }
      const lines = new Map<string, number>();
      collectLines(doc.contents, [], lines, lineCounter);
      const raw = doc.toJS() as Record<string, unknown>;
      if ('id' in raw && raw.id !== id) {
        problems.push({
          file,
          field: 'id',
          message: `is "${String(raw.id)}" but the file name says "${id}"`,
        });
        continue;
      }
      // The file name is the id; put it first so output key order is stable.
      const parsed = schema.safeParse({ id, ...raw });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = pathKey(issue.path);
          const line = lines.get(field) ?? lines.get(field.replace(/(\.[^.[]+|\[\d+\])$/, ''));
          problems.push({ file, field, message: issue.message, ...(line ? { line } : {}) });
        }
        continue;
      }
      records.push({ kind, id, file, record: parsed.data as Record<string, unknown>, lines });
    }
  }
  return { records, problems };
}

// biome-ignore lint/suspicious/noExplicitAny: yaml's node types are loose
function collectLines(node: any, path: PropertyKey[], out: Map<string, number>, lc: LineCounter): void {
  if (node?.items && Array.isArray(node.items)) {
    node.items.forEach((item: any, i: number) => {
      if (item && 'key' in item) {
        const p = [...path, item.key?.value ?? String(item.key)];
        if (item.key?.range) out.set(pathKey(p), lc.linePos(item.key.range[0]).line);
        collectLines(item.value, p, out, lc);
      } else {
        const p = [...path, i];
        if (item?.range) out.set(pathKey(p), lc.linePos(item.range[0]).line);
        collectLines(item, p, out, lc);
      }
    });
  }
}
