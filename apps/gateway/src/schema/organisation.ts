import { graph } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { datasetEnumValues, enumValues } from './dataset-enums.js';
import { partyLinks } from './party.js';
import { NamedRef, RecordRef } from './record.js';
import {
  OfficeConnection,
  OfficeRef,
  OrganisationConnection,
  OrganisationRef,
  PlaceRef,
  SourceConnection,
  SourceRef,
} from './refs.js';

/** What kind of body an organisation is. */
export const OrganisationType = builder.enumType('OrganisationType', {
  description: 'What kind of body an organisation is.',
  values: enumValues(datasetEnumValues('Organisation', 'type')),
});

builder.node(OrganisationRef, {
  description:
    'An organisation named in the sources: a government, ministry, army, delegation, news organisation, alliance …',
  interfaces: [RecordRef, NamedRef],
  isTypeOf: (value) => graph.kindOf(value) === 'organisation',
  id: { resolve: (o) => o.id },
  loadOne: (key) => graph.get('organisation', key) ?? null,
  fields: (t) => ({
    type: t.field({
      type: OrganisationType,
      description: 'What kind of body it is.',
      resolve: (o) => o.type,
    }),
    country: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The country it belongs to.',
      resolve: (o) => (o.country ? graph.get('place', o.country) : null),
    }),
    partOf: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation it is part of.',
      resolve: (o) => (o.partOf ? graph.get('organisation', o.partOf) : null),
    }),
    parts: t.connection(
      {
        type: OrganisationRef,
        description: 'Organisations that are part of this one.',
        resolve: (o, args) => paginate(graph.referrers(o.id, 'organisation', 'partOf'), args),
      },
      OrganisationConnection,
    ),
    offices: t.connection(
      {
        type: OfficeRef,
        description: 'Offices that belong to this organisation, and who held them.',
        resolve: (o, args) => paginate(graph.referrers(o.id, 'role', 'organisation'), args),
      },
      OfficeConnection,
    ),
    published: t.connection(
      {
        type: SourceRef,
        description: 'Source articles this organisation published.',
        resolve: (o, args) => paginate(graph.referrers(o.id, 'source', 'publisherOrganisation'), args),
      },
      SourceConnection,
    ),
    ...partyLinks(t, {
      quotes: 'What the organisation is quoted as saying (statements).',
      quotesAbout: 'Quotes about the organisation.',
      figures: 'Figures attributed to the organisation (“…, Ukraine’s air force said”).',
      positions: 'Negotiating positions the organisation holds as a party.',
      positionsStated: 'Negotiating positions the organisation stated.',
      events: 'Events the organisation took part in.',
    }),
  }),
});

builder.queryFields((t) => ({
  organisation: t.field({
    type: OrganisationRef,
    nullable: true,
    description: 'The organisation with this key, or null.',
    args: {
      key: t.arg.string({
        required: true,
        description: 'The organisation’s key, e.g. "ukrainian-air-force".',
      }),
    },
    resolve: (_root, { key }) => graph.get('organisation', key) ?? null,
  }),
  organisations: t.connection(
    {
      type: OrganisationRef,
      description: 'Every organisation in the dataset, in key order; narrow with `type` and `country`.',
      args: {
        type: t.arg({ type: OrganisationType, description: 'Only organisations of this type.' }),
        country: t.arg.string({
          description: 'Only organisations of this country (a place key, e.g. "ukraine").',
        }),
      },
      resolve: (_root, { type, country, ...args }) => {
        if (country) graph.must(['place'], country, 'country');
        return paginate(
          graph
            .all('organisation')
            .filter((o) => (!type || o.type === type) && (!country || o.country === country)),
          args,
        );
      },
    },
    OrganisationConnection,
  ),
}));
