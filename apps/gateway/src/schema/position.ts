import { graph } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { datasetEnumValues, enumValues } from './dataset-enums.js';
import { IsoDate } from './iso-date.js';
import { PartyRef } from './party.js';
import { RecordRef } from './record.js';
import { PositionConnection, PositionRef } from './refs.js';
import { SpeakerConnection, SpeakerRef } from './speaker.js';

/** What a party does with a position. */
export const Stance = builder.enumType('Stance', {
  description: 'What the party does: demand, propose, reject, offer, or set conditions.',
  values: enumValues(datasetEnumValues('Position', 'stance')),
});

/** What a position is about. */
export const Topic = builder.enumType('Topic', {
  description: 'What a negotiating position is about.',
  values: enumValues(datasetEnumValues('Position', 'topics', '[]')),
});

builder.node(PositionRef, {
  description:
    'A negotiating position: which party demands, proposes, rejects, offers or sets conditions on what, stated by whom and when.',
  interfaces: [RecordRef],
  isTypeOf: (value) => graph.kindOf(value) === 'position',
  id: { resolve: (p) => p.id },
  loadOne: (key) => graph.get('position', key) ?? null,
  fields: (t) => ({
    party: t.field({
      type: PartyRef,
      description: 'The country, organisation or person holding the position.',
      resolve: (p) => graph.must(['person', 'organisation', 'place'], p.party, 'party'),
    }),
    stance: t.field({ type: Stance, description: 'What the party does.', resolve: (p) => p.stance }),
    summary: t.exposeString('summary', { description: 'The position in one sentence.' }),
    topics: t.field({
      type: [Topic],
      description: 'What it is about (at least one topic).',
      resolve: (p) => p.topics,
    }),
    document: t.exposeString('document', {
      nullable: true,
      description: 'The document it is set out in (road map, memorandum), when there is one.',
    }),
    statedBy: t.connection(
      {
        type: SpeakerRef,
        description: 'Who stated it.',
        resolve: (p, args) => paginate(graph.records(p.statedBy, 'person', 'organisation'), args),
      },
      SpeakerConnection,
    ),
    date: t.field({
      type: IsoDate,
      nullable: true,
      description: 'When it was stated.',
      resolve: (p) => p.date ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  position: t.field({
    type: PositionRef,
    nullable: true,
    description: 'The position with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'The position’s key.' }) },
    resolve: (_root, { key }) => graph.get('position', key) ?? null,
  }),
  positions: t.connection(
    {
      type: PositionRef,
      description: 'Negotiating positions in key order; filter by party, topic and stance.',
      args: {
        party: t.arg.string({
          description: 'Only positions this country, organisation or person holds (its key).',
        }),
        topic: t.arg({ type: Topic, description: 'Only positions on this topic.' }),
        stance: t.arg({ type: Stance, description: 'Only positions with this stance.' }),
      },
      resolve: (_root, { party, topic, stance, ...args }) => {
        if (party) graph.must(['person', 'organisation', 'place'], party, 'party');
        return paginate(
          graph
            .all('position')
            .filter(
              (p) =>
                (!party || p.party === party) &&
                (!topic || (p.topics as string[]).includes(topic)) &&
                (!stance || p.stance === stance),
            ),
          args,
        );
      },
    },
    PositionConnection,
  ),
}));
