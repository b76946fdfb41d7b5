import { kinds } from '../../schema/index.js';
import type { DataDiff, FieldChange } from './data-diff.js';

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A value in a sentence: strings quoted, evidence as source and excerpt, a spelling by its text. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return `"${clip(v)}"`;
  if (typeof v !== 'object' || v === null) return String(v);
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.map(describeValue).join(', ')}]`;
  const o = v as Record<string, unknown>;
  if (typeof o.excerpt === 'string') return `${String(o.source)}: "${clip(o.excerpt, 70)}"`;
  if (typeof o.text === 'string') return `"${o.text}"${typeof o.status === 'string' ? ` (${o.status})` : ''}`;
  return clip(JSON.stringify(o));
}

/** One field change in words: `value.amount: 4720 → 472`. */
export function describeChange(c: FieldChange): string {
  switch (c.change) {
    case 'changed':
      return `${c.path}: ${describeValue(c.before)} → ${describeValue(c.after)}`;
    case 'added':
      return `${c.path} added: ${describeValue(c.after)}`;
    case 'removed':
      return `${c.path} removed (was ${describeValue(c.before)})`;
  }
}

/** What a record is, in a few words, for the list of additions. */
function summary(record: Record<string, unknown>): string {
  if (typeof record.text === 'string') return `"${clip(record.text, 70)}"`;
  if (typeof record.title === 'string') return `"${clip(record.title, 70)}"`;
  const names = record.names as { text: string; status: string }[] | undefined;
  const preferred = names?.find((n) => n.status === 'preferred');
  if (preferred) return preferred.text;
  for (const field of ['statement', 'description'])
    if (typeof record[field] === 'string') return clip(record[field] as string, 70);
  return '';
}

/**
 * The diff as release notes in Markdown, in the manner of browser-compat-data's: removals first (what can
 * break a consumer), then additions, then corrections field by field. Against nothing (a first release),
 * the records are counted by kind instead of listed.
 */
export function releaseNotes(diff: DataDiff): string {
  const out: string[] = [];
  if (diff.from === 'nothing') {
    const counts = Object.entries(kinds)
      .map(
        ([kind, { collection }]) => [collection, diff.added.filter((a) => a.kind === kind).length] as const,
      )
      .filter(([, n]) => n > 0)
      .map(([collection, n]) => `${n} ${collection}`);
    out.push(`Data: first release, ${diff.added.length} records (${counts.join(', ')}).`);
    return `${out.join('\n')}\n`;
  }
  out.push(`Data changes from ${diff.from} to ${diff.to}:`);
  if (diff.removed.length > 0) {
    out.push('', '#### Removals', '');
    for (const r of diff.removed)
      out.push(
        `- ${r.kind} \`${r.id}\`${
          r.redirect
            ? `: ${r.redirect.moved ? `moved to \`${r.redirect.moved}\`` : `split into ${(r.redirect.split ?? []).map((s) => `\`${s}\``).join(', ')}`} (${r.redirect.reason})`
            : ': removed, no redirect'
        }`,
      );
  }
  if (diff.added.length > 0) {
    out.push('', '#### Additions', '');
    for (const a of diff.added) {
      const s = summary(a.record);
      out.push(`- ${a.kind} \`${a.id}\`${s ? `: ${s}` : ''}`);
    }
  }
  if (diff.changed.length > 0) {
    out.push('', '#### Corrections', '');
    for (const c of diff.changed) {
      const kind = c.kindBefore ? `${c.kindBefore} → ${c.kind}` : c.kind;
      out.push(`- ${kind} \`${c.id}\`: ${c.fields.map(describeChange).join('; ')}`);
    }
  }
  if (diff.removed.length + diff.added.length + diff.changed.length === 0) out.push('', 'No record changed.');
  return `${out.join('\n')}\n`;
}
