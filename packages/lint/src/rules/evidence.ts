import type { DatasetIndex, Figure } from '@parley/dataset';
import type { EvidenceRef } from './types.js';

/** The evidence of a record, as diagnostics carry it. */
export const evidenceOf = (record: {
  id: string;
  evidence: { source: string; excerpt: string }[];
}): EvidenceRef[] =>
  record.evidence.map((e) => ({ source: e.source, excerpt: e.excerpt, record: record.id }));

/** Sources that state a record. */
export const sourcesOf = (record: { evidence: { source: string }[] }): string[] => [
  ...new Set(record.evidence.map((e) => e.source)),
];

/** "“472 drones” (Ukrainian Air Force, per reuters-far-apart)". */
export function describeReport(index: DatasetIndex, f: Figure): string {
  const who = f.attributedTo.length > 0 ? `${f.attributedTo.map((id) => index.nameOf(id)).join(', ')}, ` : '';
  return `“${f.text}” (${who}per ${sourcesOf(f).join(', ')})`;
}
