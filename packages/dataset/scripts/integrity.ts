import { foldName } from '../src/lookup/fold.js';
import type { AnyRecord } from '../src/lookup/record.js';
import { referencesOf } from '../src/lookup/references.js';
import type { LoadedRecord } from './load.js';
import type { Problem } from './problem.js';

/** Ids unique across kinds, references resolve to the right kind, names unambiguous, dates ordered. */
export function checkIntegrity(records: LoadedRecord[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, LoadedRecord>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (seen) {
      problems.push({
        file: r.file,
        field: 'id',
        message: `"${r.id}" is already used by ${seen.file}; ids are unique across the dataset`,
      });
    } else byId.set(r.id, r);
  }
  const at = (r: LoadedRecord, field: string) => {
    const line = r.lines.get(field) ?? r.lines.get(field.replace(/\[\d+\].*$/, ''));
    return line ? { line } : {};
  };

  for (const r of records) {
    for (const ref of referencesOf({ kind: r.kind, record: r.record } as unknown as AnyRecord)) {
      const target = byId.get(ref.to);
      if (!target) {
        problems.push({
          file: r.file,
          field: ref.field,
          message: `"${ref.to}" is not the id of any record`,
          ...at(r, ref.field),
        });
      } else if (!ref.kinds.includes(target.kind)) {
        problems.push({
          file: r.file,
          field: ref.field,
          message: `"${ref.to}" is a ${target.kind}; expected ${ref.kinds.join(' or ')}`,
          ...at(r, ref.field),
        });
      }
    }
  }

  // A figure's unit must be one its quantity is measured in.
  for (const r of records.filter((x) => x.kind === 'figure')) {
    const q = byId.get(String(r.record.quantity));
    const units = (q?.record.units as string[] | undefined) ?? [];
    if (q && !units.includes(String(r.record.unit))) {
      problems.push({
        file: r.file,
        field: 'unit',
        message: `"${String(r.record.unit)}" is not a unit of ${q.id} (${units.join(', ')})`,
        ...at(r, 'unit'),
      });
    }
    const v = r.record.value as { min?: number; max?: number };
    if (v.min !== undefined && v.max !== undefined && v.min > v.max) {
      problems.push({
        file: r.file,
        field: 'value',
        message: `min ${v.min} is greater than max ${v.max}`,
        ...at(r, 'value'),
      });
    }
  }

  // Dates in order.
  for (const r of records) {
    const rec = r.record as { date?: { start?: string; end?: string }; from?: string; to?: string };
    const pairs: [string, string | undefined, string | undefined][] = [
      ['date.end', rec.date?.start, rec.date?.end],
      ['to', rec.from, rec.to],
    ];
    for (const [field, a, b] of pairs) {
      if (a && b && b < a)
        problems.push({ file: r.file, field, message: `${b} is before ${a}`, ...at(r, field) });
    }
  }

  // Names: a spelling shared by two records must be declared ambiguous on both.
  const owners = new Map<string, { r: LoadedRecord; i: number; ambiguous: boolean; field: string }[]>();
  for (const r of records) {
    const spellings = r.record.names as { text: string; ambiguous?: boolean }[] | undefined;
    spellings?.forEach((s, i) => {
      const key = foldName(s.text);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.r === r))
        list.push({ r, i, ambiguous: s.ambiguous === true, field: `names[${i}]` });
      else
        problems.push({
          file: r.file,
          field: `names[${i}]`,
          message: `"${s.text}" is listed twice`,
          ...at(r, `names[${i}]`),
        });
      owners.set(key, list);
    });
  }
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    for (const o of list.filter((x) => !x.ambiguous)) {
      const others = list.filter((x) => x !== o).map((x) => x.r.id);
      problems.push({
        file: o.r.file,
        field: o.field,
        message: `"${key}" also names ${others.join(', ')}; declare it ambiguous: true on every record that uses it, or remove it`,
        ...at(o.r, o.field),
      });
    }
  }
  return problems;
}
