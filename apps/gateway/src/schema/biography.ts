import { graph } from '../data/graph.js';
import { builder } from './builder.js';
import { IsoDate } from './iso-date.js';
import { RecordRef } from './record.js';
import { BiographyRef, PersonRef } from './refs.js';

builder.node(BiographyRef, {
  description:
    'A line of a person’s biography the sources give: something they did or are known for that is neither an office, a dated event nor a negotiating position.',
  interfaces: [RecordRef],
  isTypeOf: (value) => graph.kindOf(value) === 'biography',
  id: { resolve: (b) => b.id },
  loadOne: (key) => graph.get('biography', key) ?? null,
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      description: 'The person the line is about.',
      resolve: (b) => graph.must(['person'], b.person, 'person'),
    }),
    statement: t.exposeString('statement', { description: 'What the sources say about them.' }),
    date: t.field({
      type: IsoDate,
      nullable: true,
      description: 'When, if the sources say.',
      resolve: (b) => b.date ?? null,
    }),
  }),
});
