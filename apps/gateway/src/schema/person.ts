import { graph } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { NamedRef, RecordRef } from './record.js';
import {
  EventConnection,
  EventRef,
  FigureConnection,
  FigureRef,
  OfficeConnection,
  OfficeRef,
  PersonConnection,
  PersonRef,
  PlaceConnection,
  PlaceRef,
  PositionConnection,
  PositionRef,
  QuoteConnection,
  QuoteRef,
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
    quotes: t.connection(
      {
        type: QuoteRef,
        description: 'What the person is quoted as saying, verbatim.',
        resolve: (p, args) => paginate(graph.index.quotesBy(p.id), args),
      },
      QuoteConnection,
    ),
    quotesAbout: t.connection(
      {
        type: QuoteRef,
        description: 'Quotes about the person.',
        resolve: (p, args) => paginate(graph.referrers(p.id, 'quote', 'about'), args),
      },
      QuoteConnection,
    ),
    figures: t.connection(
      {
        type: FigureRef,
        description: 'Figures attributed to the person (“…, Zelensky said”).',
        resolve: (p, args) => paginate(graph.index.figuresAttributedTo(p.id), args),
      },
      FigureConnection,
    ),
    positions: t.connection(
      {
        type: PositionRef,
        description: 'Negotiating positions the person holds as a party.',
        resolve: (p, args) => paginate(graph.index.positionsOf(p.id), args),
      },
      PositionConnection,
    ),
    positionsStated: t.connection(
      {
        type: PositionRef,
        description: 'Negotiating positions the person stated, on their own behalf or a party’s.',
        resolve: (p, args) => paginate(graph.referrers(p.id, 'position', 'statedBy'), args),
      },
      PositionConnection,
    ),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events the person took part in.',
        resolve: (p, args) => paginate(graph.referrers(p.id, 'event', 'participants'), args),
      },
      EventConnection,
    ),
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
