import { graph } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { partyLinks } from './party.js';
import { NamedRef, RecordRef } from './record.js';
import {
  OfficeConnection,
  OfficeRef,
  PersonConnection,
  PersonRef,
  PlaceConnection,
  PlaceRef,
} from './refs.js';

builder.node(PersonRef, {
  description:
    'A person named in the sources, with every spelling of their name, their offices and what they said.',
  interfaces: [RecordRef, NamedRef],
  isTypeOf: (value) => graph.kindOf(value) === 'person',
  id: { resolve: (p) => p.id },
  loadOne: (key) => graph.get('person', key) ?? null,
  fields: (t) => ({
    nationality: t.connection(
      {
        type: PlaceRef,
        description: 'The countries the person acts for.',
        resolve: (p, args) => paginate(graph.records(p.nationality, 'place'), args),
      },
      PlaceConnection,
    ),
    offices: t.connection(
      {
        type: OfficeRef,
        description: 'Offices the person held, as the sources attest them.',
        resolve: (p, args) => paginate(graph.index.rolesOf(p.id), args),
      },
      OfficeConnection,
    ),
    ...partyLinks(t, {
      quotes: 'What the person is quoted as saying, verbatim.',
      quotesAbout: 'Quotes about the person.',
      figures: 'Figures attributed to the person (“…, Zelensky said”).',
      positions: 'Negotiating positions the person holds as a party.',
      positionsStated: 'Negotiating positions the person stated, on their own behalf or a party’s.',
      events: 'Events the person took part in.',
    }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: 'The person with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'The person’s key, e.g. "rustem-umerov".' }) },
    resolve: (_root, { key }) => graph.get('person', key) ?? null,
  }),
  people: t.connection(
    {
      type: PersonRef,
      description: 'Every person in the dataset, in key order.',
      resolve: (_root, args) => paginate(graph.all('person'), args),
    },
    PersonConnection,
  ),
}));
