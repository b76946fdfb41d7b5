import { foldName } from '../src/lookup/fold.js';
import type { Kind } from '../schema/index.js';
import type { LoadedRecord } from './load.js';
import type { Problem } from './problem.js';

type Ref = { field: string; id: string; to: readonly Kind[] };

const ENTITY: readonly Kind[] = ['person', 'organisation', 'place'];

/** Every reference a record makes: the field, the id, the kinds it may point at. */
function referencesOf(r: LoadedRecord): Ref[] {
  const rec = r.record as Record<string, any>;
  const refs: Ref[] = [];
  const one = (field: string, to: readonly Kind[]) => {
    if (typeof rec[field] === 'string') refs.push({ field, id: rec[field], to });
  };
  const many = (field: string, to: readonly Kind[]) => {
    (rec[field] as string[] | undefined)?.forEach((id, i) => refs.push({ field: `${field}[${i}]`, id, to }));
  };
  (rec.evidence as { source: string }[]).forEach((e, i) =>
    refs.push({ field: `evidence[${i}].source`, id: e.source, to: ['source'] }),
  );
  switch (r.kind) {
    case 'source':
      one('publisherOrganisation', ['organisation']);
      break;
    case 'person':
      many('nationality', ['place']);
      break;
    case 'organisation':
      one('country', ['place']);
      one('partOf', ['organisation']);
      break;
    case 'place':
      one('within', ['place']);
      break;
    case 'event':
      many('places', ['place']);
      many('participants', ENTITY);
      one('partOf', ['event']);
      break;
    case 'role':
      one('person', ['person']);
      one('organisation', ['organisation']);
      one('jurisdiction', ['place']);
      break;
    case 'quantity':
      one('event', ['event']);
      break;
    case 'figure':
      one('quantity', ['quantity']);
      many('attributedTo', ENTITY);
      break;
    case 'quote':
      one('speaker', ['person', 'organisation']);
      one('event', ['event']);
      many('about', ['person', 'organisation', 'place', 'event', 'quantity']);
      break;
    case 'position':
      one('party', ENTITY);
      many('statedBy', ['person', 'organisation']);
      break;
  }
  return refs;
}

/** Ids unique across kinds, references resolve to the right kind, names unambiguous, dates ordered. */
export function checkIntegrity(records: LoadedRecord[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, LoadedRecord>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (seen) {
      problems.push({ file: r.file, field: 'id', message: `"${r.id}" is already used by ${seen.file}; ids are unique across the dataset` });
    } else byId.set(r.id, r);
  }
  const at = (r: LoadedRecord, field: string) => {
    const line = r.lines.get(field) ?? r.lines.get(field.replace(/\[\d+\].*$/, ''));
    return line ? { line } : {};
  };

  for (const r of records) {
    for (const ref of referencesOf(r)) {
      const target = byId.get(ref.id);
      if (!target) {
        problems.push({ file: r.file, field: ref.field, message: `"${ref.id}" is not the id of any record`, ...at(r, ref.field) });
      } else if (!ref.to.includes(target.kind)) {
        problems.push({
          file: r.file,
          field: ref.field,
          message: `"${ref.id}" is a ${target.kind}; expected ${ref.to.join(' or ')}`,
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
      problems.push({ file: r.file, field: 'unit', message: `"${String(r.record.unit)}" is not a unit of ${q.id} (${units.join(', ')})`, ...at(r, 'unit') });
    }
    const v = r.record.value as { min?: number; max?: number };
    if (v.min !== undefined && v.max !== undefined && v.min > v.max) {
      problems.push({ file: r.file, field: 'value', message: `min ${v.min} is greater than max ${v.max}`, ...at(r, 'value') });
    }
  }

  // Dates in order.
  for (const r of records) {
    const rec = r.record as Record<string, any>;
    const pairs: [string, string | undefined, string | undefined][] = [
      ['date.end', rec.date?.start, rec.date?.end],
      ['to', rec.from, rec.to],
    ];
    for (const [field, a, b] of pairs) {
      if (a && b && b < a) problems.push({ file: r.file, field, message: `${b} is before ${a}`, ...at(r, field) });
    }
  }

  // Names: a spelling shared by two records must be declared ambiguous on both.
  const owners = new Map<string, { r: LoadedRecord; i: number; ambiguous: boolean; field: string }[]>();
  for (const r of records) {
    const spellings = (r.record.names ?? (r.kind === 'role' ? undefined : undefined)) as
      | { text: string; ambiguous?: boolean }[]
      | undefined;
    spellings?.forEach((s, i) => {
      const key = foldName(s.text);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.r === r)) list.push({ r, i, ambiguous: s.ambiguous === true, field: `names[${i}]` });
      else problems.push({ file: r.file, field: `names[${i}]`, message: `"${s.text}" is listed twice`, ...at(r, `names[${i}]`) });
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
