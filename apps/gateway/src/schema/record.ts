import { foldName, type RecordKind } from '@parley/dataset';
import { type DataRecord, graph, KINDS, preferred, TYPE_NAMES } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { EvidenceRef } from './evidence.js';
import { SourceConnection, SourceRef } from './refs.js';
import { SpellingRef, SpellingStatus } from './spelling.js';

/** The kinds of record, named as the API names their types (a dataset `role` is an `OFFICE`). */
export const RecordKindEnum = builder.enumType('RecordKind', {
  description: 'The kinds of record in the dataset.',
  values: Object.fromEntries(
    KINDS.map((kind) => [
      TYPE_NAMES[kind].toUpperCase(),
      { value: kind, description: `A \`${TYPE_NAMES[kind]}\` record.` },
    ]),
  ) as Record<string, { value: RecordKind; description: string }>,
});

/** Every record: a global id, its dataset key, and the evidence for it. */
export const RecordRef = builder.interfaceRef<DataRecord>('Record').implement({
  description:
    'A record of the dataset: a node with a dataset key, and the evidence (source and verbatim excerpt) that supports it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (value) => graph.typeNameOf(value) ?? null,
  fields: (t) => ({
    key: t.exposeString('id', {
      description:
        'The record’s key in the dataset (its file name there), a public contract: never renamed or reused. For a source, its citation key.',
    }),
    kind: t.field({
      type: RecordKindEnum,
      description: 'What kind of record this is.',
      resolve: (r) => graph.kindOf(r)!,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Every source passage supporting the record (at least one).',
      resolve: (r) => r.evidence,
    }),
    sources: t.connection(
      {
        type: SourceRef,
        description: 'The distinct sources the record’s evidence cites, in citation order.',
        resolve: (r, args) => paginate(graph.sourcesOf(r), args),
      },
      SourceConnection,
    ),
  }),
});

/** Pages of records of any kind (a source's facts, what a quote is about, search results). */
export const RecordConnection = builder.connectionObject(
  { type: RecordRef, name: 'RecordConnection', description: 'A page of records of any kind.' },
  { name: 'RecordEdge', description: 'A record in a page of records.' },
);

type NamedRecord = Extract<DataRecord, { names: unknown }>;

/** Records with names: people, organisations, places and events. */
export const NamedRef = builder.interfaceRef<NamedRecord>('Named').implement({
  description:
    'A record with names: a person, organisation, place or event, with every spelling found in the sources or standard for it.',
  interfaces: [builder.nodeInterfaceRef(), RecordRef],
  resolveType: (value) => graph.typeNameOf(value) ?? null,
  fields: (t) => ({
    name: t.string({
      description: 'The preferred spelling of the name.',
      resolve: (r) => preferred(r.names),
    }),
    names: t.field({
      type: [SpellingRef],
      description: 'Every spelling of the name, the preferred one first; filter by status with `status`.',
      args: { status: t.arg({ type: SpellingStatus, description: 'Only spellings with this status.' }) },
      resolve: (r, { status }) => {
        const all = [...r.names].sort(
          (a, b) => Number(b.status === 'preferred') - Number(a.status === 'preferred'),
        );
        return status ? all.filter((s) => s.status === status) : all;
      },
    }),
    description: t.string({
      description: 'Who or what it is, in one line, as the sources present it.',
      resolve: (r) => r.description,
    }),
  }),
});

/** Whether a folded text contains a folded needle as whole words (for text filters). */
export function containsWords(text: string, needle: string): boolean {
  const hay = ` ${foldName(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const n = foldName(needle)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return n.length > 0 && hay.includes(` ${n} `);
}
