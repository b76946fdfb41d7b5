import { graph } from '../data/graph.js';
import { builder } from './builder.js';
import { OrganisationRef, PersonRef, PlaceRef } from './refs.js';

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
