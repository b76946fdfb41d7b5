import { graph } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { datasetEnumValues, enumValues } from './dataset-enums.js';
import { IsoDate } from './iso-date.js';
import { RecordConnection, RecordKindEnum, RecordRef } from './record.js';
import {
  FigureConnection,
  FigureRef,
  OrganisationRef,
  QuoteConnection,
  QuoteRef,
  SourceConnection,
  SourceRef,
} from './refs.js';

/** How a source's date is known. */
export const DateBasis = builder.enumType('DateBasis', {
  description: 'How a publication date is known.',
  values: enumValues(datasetEnumValues('Source', 'publishedAt', 'basis'), (v) =>
    v === 'printed' ? 'The date is printed in the text.' : 'The date is deduced from dates in the text.',
  ),
});

builder.node(SourceRef, {
  description:
    'A source article. Its key is the citation key drafts use as [@key]; every fact in the dataset cites one or more sources.',
  interfaces: [RecordRef],
  isTypeOf: (value) => graph.kindOf(value) === 'source',
  id: { resolve: (s) => s.id },
  loadOne: (key) => graph.get('source', key) ?? null,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Headline as printed.' }),
    outlet: t.exposeString('outlet', {
      nullable: true,
      description: 'Publication the text appeared in, as printed; null when the text does not name it.',
    }),
    publisher: t.exposeString('publisher', {
      nullable: true,
      description:
        'News organisation the story comes from (the wire or original newspaper); null if unnamed.',
    }),
    publisherOrganisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The publisher’s organisation record, when it has one.',
      resolve: (s) => (s.publisherOrganisation ? graph.get('organisation', s.publisherOrganisation) : null),
    }),
    byline: t.exposeStringList('byline', {
      description: 'Authors as printed, in order; empty when there is no byline.',
    }),
    publishedAt: t.field({
      type: IsoDate,
      description: 'Publication date, at the precision known.',
      resolve: (s) => s.publishedAt.date,
    }),
    publishedAtBasis: t.field({
      type: DateBasis,
      description: 'Whether the publication date is printed or inferred.',
      resolve: (s) => s.publishedAt.basis,
    }),
    publishedAtNote: t.string({
      nullable: true,
      description: 'How an inferred publication date was deduced.',
      resolve: (s) => s.publishedAt.note ?? null,
    }),
    language: t.exposeString('language', { description: 'BCP 47 language of the text as stored.' }),
    translatedFrom: t.exposeString('translatedFrom', {
      nullable: true,
      description: 'BCP 47 language of the original, when the text is a translation.',
    }),
    facts: t.connection(
      {
        type: RecordRef,
        description: 'Every record with evidence from this source, in dataset order; narrow with `kind`.',
        args: { kind: t.arg({ type: RecordKindEnum, description: 'Only records of this kind.' }) },
        resolve: (s, { kind, ...args }) =>
          paginate(
            graph.factsIn(s.id).filter((r) => !kind || graph.kindOf(r) === kind),
            args,
          ),
      },
      RecordConnection,
    ),
    figures: t.connection(
      {
        type: FigureRef,
        description: 'Figures this source reports.',
        resolve: (s, args) => paginate(graph.factsOfKind(s.id, 'figure'), args),
      },
      FigureConnection,
    ),
    quotes: t.connection(
      {
        type: QuoteRef,
        description: 'Quotes this source prints.',
        resolve: (s, args) => paginate(graph.factsOfKind(s.id, 'quote'), args),
      },
      QuoteConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'The source with this citation key, or null.',
    args: { key: t.arg.string({ required: true, description: 'Citation key, e.g. "reuters-far-apart".' }) },
    resolve: (_root, { key }) => graph.get('source', key) ?? null,
  }),
  sources: t.connection(
    {
      type: SourceRef,
      description: 'Every source article, in citation-key order.',
      resolve: (_root, args) => paginate(graph.all('source'), args),
    },
    SourceConnection,
  ),
}));
