import { graph } from '../data/graph.js';
import { type PageArgs, paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import {
  EventConnection,
  EventRef,
  FigureConnection,
  FigureRef,
  OrganisationRef,
  PersonRef,
  PlaceRef,
  PositionConnection,
  PositionRef,
  QuoteConnection,
  QuoteRef,
} from './refs.js';

/** Who can take part, hold a position or have a figure attributed to them. */
export const PartyRef = builder.unionType('Party', {
  description:
    'Who takes part in an event, holds a negotiating position or reports a figure: a person, an organisation or a country (place).',
  types: [PersonRef, OrganisationRef, PlaceRef],
  resolveType: (value) => graph.typeNameOf(value) as 'Person' | 'Organisation' | 'Place',
});

/** Pages of parties. */
export const PartyConnection = builder.connectionObject(
  {
    type: PartyRef,
    name: 'PartyConnection',
    description: 'A page of parties (people, organisations, places).',
  },
  { name: 'PartyEdge', description: 'A party in a page of parties.' },
);

/** The links every kind of party can have; each type names its own and words their descriptions. */
type PartyLink = 'quotes' | 'quotesAbout' | 'figures' | 'positions' | 'positionsStated' | 'events';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * A party's connection fields: what it said and what was said about it, the figures attributed to it, the
 * positions it holds or stated, the events it took part in. Only the links given a description are made.
 */
export function partyLinks<P extends { id: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, P>,
  descriptions: Partial<Record<PartyLink, string>>,
) {
  const { quotes, quotesAbout, figures, positions, positionsStated, events } = descriptions;
  const page =
    <T>(list: (id: string) => readonly T[]) =>
    (p: P, args: PageArgs) =>
      paginate(list(p.id), args);
  return {
    ...(quotes && {
      quotes: t.connection(
        { type: QuoteRef, description: quotes, resolve: page((id) => graph.index.quotesBy(id)) },
        QuoteConnection,
      ),
    }),
    ...(quotesAbout && {
      quotesAbout: t.connection(
        {
          type: QuoteRef,
          description: quotesAbout,
          resolve: page((id) => graph.referrers(id, 'quote', 'about')),
        },
        QuoteConnection,
      ),
    }),
    ...(figures && {
      figures: t.connection(
        { type: FigureRef, description: figures, resolve: page((id) => graph.index.figuresAttributedTo(id)) },
        FigureConnection,
      ),
    }),
    ...(positions && {
      positions: t.connection(
        { type: PositionRef, description: positions, resolve: page((id) => graph.index.positionsOf(id)) },
        PositionConnection,
      ),
    }),
    ...(positionsStated && {
      positionsStated: t.connection(
        {
          type: PositionRef,
          description: positionsStated,
          resolve: page((id) => graph.referrers(id, 'position', 'statedBy')),
        },
        PositionConnection,
      ),
    }),
    ...(events && {
      events: t.connection(
        {
          type: EventRef,
          description: events,
          resolve: page((id) => graph.referrers(id, 'event', 'participants')),
        },
        EventConnection,
      ),
    }),
  };
}
