import { isDeepStrictEqual } from 'node:util';
import type { Kind } from '../../schema/index.js';
import type { Snapshot } from './snapshot.js';

/** One field that differs between two versions of a record, at a dotted path (`value.amount`, `names[1]`). */
export type FieldChange =
  | { path: string; change: 'changed'; before: unknown; after: unknown }
  | { path: string; change: 'added'; after: unknown }
  | { path: string; change: 'removed'; before: unknown };

/** What differs between two snapshots of the dataset, record by record and field by field. */
export interface DataDiff {
  from: string;
  to: string;
  added: { id: string; kind: Kind; record: Record<string, unknown> }[];
  /** Records gone; `redirect` says where, when the id was retired with one. */
  removed: { id: string; kind: Kind; redirect?: { moved?: string; split?: string[]; reason: string } }[];
  changed: { id: string; kind: Kind; kindBefore?: Kind; fields: FieldChange[] }[];
  redirectsAdded: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Field-by-field differences of two values. Objects are compared key by key; in arrays, elements present on
 * both sides are matched first whatever their place (so a new spelling at the top is one addition, not a
 * change of every spelling), then the unmatched are paired in order and compared, and the rest are added or
 * removed.
 */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isDeepStrictEqual(before, after)) return [];
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (isObject(before) && isObject(after)) {
    const out: FieldChange[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(key in after)) out.push({ path: at(key), change: 'removed', before: before[key] });
      else if (!(key in before)) out.push({ path: at(key), change: 'added', after: after[key] });
      else out.push(...fieldChanges(before[key], after[key], at(key)));
    }
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const left = before.map((v, i) => ({ v, i }));
    const right = after.map((v, i) => ({ v, i }));
    const unmatchedLeft = left.filter(({ v }) => {
      const j = right.findIndex((r) => isDeepStrictEqual(r.v, v));
      if (j < 0) return true;
      right.splice(j, 1);
      return false;
    });
    const out: FieldChange[] = [];
    const pairs = Math.min(unmatchedLeft.length, right.length);
    // Pair leftovers only when they are records of the same shape (objects); two different strings in a
    // list are one removed and one added, not a change.
    for (let k = 0; k < pairs; k++) {
      const l = unmatchedLeft[k]!;
      const r = right[k]!;
      if (isObject(l.v) && isObject(r.v)) out.push(...fieldChanges(l.v, r.v, `${path}[${r.i}]`));
      else {
        out.push({ path: `${path}[${l.i}]`, change: 'removed', before: l.v });
        out.push({ path: `${path}[${r.i}]`, change: 'added', after: r.v });
      }
    }
    for (const l of unmatchedLeft.slice(pairs))
      out.push({ path: `${path}[${l.i}]`, change: 'removed', before: l.v });
    for (const r of right.slice(pairs)) out.push({ path: `${path}[${r.i}]`, change: 'added', after: r.v });
    return out;
  }
  return [{ path, change: 'changed', before, after }];
}

/** Records added, removed and changed from one snapshot to the next. */
export function diffSnapshots(from: Snapshot, to: Snapshot): DataDiff {
  const diff: DataDiff = {
    from: from.label,
    to: to.label,
    added: [],
    removed: [],
    changed: [],
    redirectsAdded: [],
  };
  const ids = [...new Set([...from.records.keys(), ...to.records.keys()])].sort();
  for (const id of ids) {
    const a = from.records.get(id);
    const b = to.records.get(id);
    if (!a && b) diff.added.push({ id, kind: b.kind, record: b.record });
    else if (a && !b) {
      const redirect = to.redirects.get(id);
      diff.removed.push({ id, kind: a.kind, ...(redirect ? { redirect } : {}) });
    } else if (a && b) {
      const fields = fieldChanges(a.record, b.record);
      if (fields.length > 0 || a.kind !== b.kind)
        diff.changed.push({ id, kind: b.kind, ...(a.kind !== b.kind ? { kindBefore: a.kind } : {}), fields });
    }
  }
  diff.redirectsAdded = [...to.redirects.keys()].filter((id) => !from.redirects.has(id)).sort();
  return diff;
}

/** Whether the diff finds any difference at all. */
export const isEmpty = (d: DataDiff): boolean =>
  d.added.length + d.removed.length + d.changed.length + d.redirectsAdded.length === 0;
