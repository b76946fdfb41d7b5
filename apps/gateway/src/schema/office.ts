import { graph, preferred } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { IsoDate } from './iso-date.js';
import { RecordRef } from './record.js';
import { OfficeConnection, OfficeRef, OrganisationRef, PersonRef, PlaceRef } from './refs.js';
import { SpellingRef } from './spelling.js';

builder.node(OfficeRef, {
  description:
    'An office held by a person (the dataset calls it a role), with every spelling of its title and the dates the sources give.',
  interfaces: [RecordRef],
  isTypeOf: (value) => graph.kindOf(value) === 'role',
  id: { resolve: (o) => o.id },
  loadOne: (key) => graph.get('role', key) ?? null,
  fields: (t) => ({
    holder: t.field({
      type: PersonRef,
      description: 'Who held the office.',
      resolve: (o) => graph.must(['person'], o.person, 'person'),
    }),
    title: t.string({
      description: 'The preferred spelling of the title.',
      resolve: (o) => preferred(o.title),
    }),
    titles: t.field({
      type: [SpellingRef],
      description:
        'Every spelling of the title, used before a name or in apposition (Defence Minister, Minister of Defense).',
      resolve: (o) => o.title,
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation the office belongs to.',
      resolve: (o) => (o.organisation ? graph.get('organisation', o.organisation) : null),
    }),
    jurisdiction: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The country the office is of.',
      resolve: (o) => (o.jurisdiction ? graph.get('place', o.jurisdiction) : null),
    }),
    from: t.field({
      type: IsoDate,
      nullable: true,
      description: 'Start of the term, when the sources give it.',
      resolve: (o) => o.from ?? null,
    }),
    to: t.field({
      type: IsoDate,
      nullable: true,
      description: 'End of the term, when it had ended.',
      resolve: (o) => o.to ?? null,
    }),
    former: t.boolean({
      description: 'True when the sources say the office is no longer held.',
      resolve: (o) => o.former ?? false,
    }),
    attested: t.field({
      type: IsoDate,
      description: 'The date at which the sources attest the office.',
      resolve: (o) => o.attested,
    }),
  }),
});

builder.queryFields((t) => ({
  office: t.field({
    type: OfficeRef,
    nullable: true,
    description: 'The office with this key, or null.',
    args: {
      key: t.arg.string({
        required: true,
        description: 'The office’s key, e.g. "rustem-umerov-defence-minister".',
      }),
    },
    resolve: (_root, { key }) => graph.get('role', key) ?? null,
  }),
  offices: t.connection(
    {
      type: OfficeRef,
      description: 'Every office in the dataset, in key order; narrow with `holder` and `organisation`.',
      args: {
        holder: t.arg.string({ description: 'Only offices this person held (a person key).' }),
        organisation: t.arg.string({ description: 'Only offices of this organisation (its key).' }),
      },
      resolve: (_root, { holder, organisation, ...args }) => {
        if (holder) graph.must(['person'], holder, 'holder');
        if (organisation) graph.must(['organisation'], organisation, 'organisation');
        return paginate(
          graph
            .all('role')
            .filter(
              (o) => (!holder || o.person === holder) && (!organisation || o.organisation === organisation),
            ),
          args,
        );
      },
    },
    OfficeConnection,
  ),
}));
