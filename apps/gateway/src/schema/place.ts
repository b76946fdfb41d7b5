import { graph } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { datasetEnumValues, enumValues } from './dataset-enums.js';
import { partyLinks } from './party.js';
import { NamedRef, RecordRef } from './record.js';
import {
  EventConnection,
  EventRef,
  OfficeConnection,
  OfficeRef,
  OrganisationConnection,
  OrganisationRef,
  PersonConnection,
  PersonRef,
  PlaceConnection,
  PlaceRef,
} from './refs.js';

/** What kind of place it is. */
export const PlaceType = builder.enumType('PlaceType', {
  description: 'What kind of place it is.',
  values: enumValues(datasetEnumValues('Place', 'type')),
});

builder.node(PlaceRef, {
  description: 'A place named in the sources: a country, region, city, venue, waterway …',
  interfaces: [RecordRef, NamedRef],
  isTypeOf: (value) => graph.kindOf(value) === 'place',
  id: { resolve: (p) => p.id },
  loadOne: (key) => graph.get('place', key) ?? null,
  fields: (t) => ({
    type: t.field({ type: PlaceType, description: 'What kind of place it is.', resolve: (p) => p.type }),
    within: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The place that contains it.',
      resolve: (p) => (p.within ? graph.get('place', p.within) : null),
    }),
    contains: t.connection(
      {
        type: PlaceRef,
        description: 'Places directly within this one.',
        resolve: (p, args) => paginate(graph.referrers(p.id, 'place', 'within'), args),
      },
      PlaceConnection,
    ),
    adjectives: t.stringList({
      description: 'Demonyms and adjectives used as qualifiers before titles (Ukrainian, Ukraine’s, U.S.).',
      resolve: (p) => p.adjectives ?? [],
    }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events held here, or (with `within`, the default) anywhere within this place.',
        args: {
          within: t.arg.boolean({
            defaultValue: true,
            description: 'Include events held at places within this one (a venue in a city in a country).',
          }),
        },
        resolve: (p, { within, ...args }) => {
          const places = within === false ? new Set([p.id]) : graph.placeAndWithin(p.id);
          return paginate(
            graph.all('event').filter((e) => (e.places ?? []).some((k) => places.has(k))),
            args,
          );
        },
      },
      EventConnection,
    ),
    participatedIn: t.connection(
      {
        type: EventRef,
        description: 'Events this country (or region) took part in as a party.',
        resolve: (p, args) => paginate(graph.referrers(p.id, 'event', 'participants'), args),
      },
      EventConnection,
    ),
    people: t.connection(
      {
        type: PersonRef,
        description: 'People who act for this country.',
        resolve: (p, args) => paginate(graph.referrers(p.id, 'person', 'nationality'), args),
      },
      PersonConnection,
    ),
    organisations: t.connection(
      {
        type: OrganisationRef,
        description: 'Organisations of this country.',
        resolve: (p, args) => paginate(graph.referrers(p.id, 'organisation', 'country'), args),
      },
      OrganisationConnection,
    ),
    offices: t.connection(
      {
        type: OfficeRef,
        description: 'Offices of this country, and who held them.',
        resolve: (p, args) => paginate(graph.referrers(p.id, 'role', 'jurisdiction'), args),
      },
      OfficeConnection,
    ),
    ...partyLinks(t, {
      quotesAbout: 'Quotes about this place.',
      figures: 'Figures attributed to this country.',
      positions: 'Negotiating positions this country holds.',
    }),
  }),
});

builder.queryFields((t) => ({
  place: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'The place with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'The place’s key, e.g. "istanbul".' }) },
    resolve: (_root, { key }) => graph.get('place', key) ?? null,
  }),
  places: t.connection(
    {
      type: PlaceRef,
      description: 'Every place in the dataset, in key order; narrow with `type` and `within`.',
      args: {
        type: t.arg({ type: PlaceType, description: 'Only places of this type.' }),
        within: t.arg.string({ description: 'Only places within this place, at any depth (a place key).' }),
      },
      resolve: (_root, { type, within, ...args }) => {
        const inside = within ? graph.placeAndWithin(graph.must(['place'], within, 'within').id) : undefined;
        return paginate(
          graph
            .all('place')
            .filter((p) => (!type || p.type === type) && (!inside || (inside.has(p.id) && p.id !== within))),
          args,
        );
      },
    },
    PlaceConnection,
  ),
}));
