import { graph, KINDS } from '../data/graph.js';
import { builder } from './builder.js';
import { RecordKindEnum } from './record.js';

/** How many records of one kind the dataset holds. */
export const KindCount = builder.simpleObject('KindCount', {
  description: 'How many records of one kind the dataset holds.',
  fields: (t) => ({
    kind: t.field({ type: RecordKindEnum, description: 'The kind of record.' }),
    count: t.int({ description: 'How many records of that kind there are.' }),
  }),
});

/** The dataset as a whole. */
export const DatasetInfo = builder.simpleObject('Dataset', {
  description: 'The dataset the gateway serves: its version and what it holds.',
  fields: (t) => ({
    version: t.string({
      description: 'Version of @parley/dataset being served; responses are cached per version.',
    }),
    counts: t.field({
      type: [KindCount],
      description: 'How many records of each kind it holds, in a fixed order (sources first).',
    }),
  }),
});

builder.queryField('dataset', (t) =>
  t.field({
    type: DatasetInfo,
    description: 'The dataset being served: its version and how many records of each kind it holds.',
    resolve: () => ({
      version: graph.data.version,
      counts: KINDS.map((kind) => ({ kind, count: graph.all(kind).length })),
    }),
  }),
);
