import { overlaps } from '../data/dates.js';
import { graph } from '../data/graph.js';
import { badInput, paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { datasetEnumValues, enumValues } from './dataset-enums.js';
import { IsoDate } from './iso-date.js';
import { PartyConnection, PartyRef } from './party.js';
import { NamedRef, RecordRef } from './record.js';
import {
  EventConnection,
  EventRef,
  PlaceConnection,
  PlaceRef,
  QuantityConnection,
  QuantityRef,
  QuoteConnection,
  QuoteRef,
} from './refs.js';

/** What kind of event it was. */
export const EventType = builder.enumType('EventType', {
  description: 'What kind of event it was.',
  values: enumValues(datasetEnumValues('Event', 'type')),
});

builder.node(EventRef, {
  description:
    'An event reported in the sources: talks, attacks, calls, announcements …, with when and where.',
  interfaces: [RecordRef, NamedRef],
  isTypeOf: (value) => graph.kindOf(value) === 'event',
  id: { resolve: (e) => e.id },
  loadOne: (key) => graph.get('event', key) ?? null,
  fields: (t) => ({
    type: t.field({ type: EventType, description: 'What kind of event it was.', resolve: (e) => e.type }),
    startDate: t.field({
      type: IsoDate,
      description: 'When it happened (its first day), at the precision the sources give.',
      resolve: (e) => e.date.start,
    }),
    endDate: t.field({
      type: IsoDate,
      nullable: true,
      description: 'Its last day, for events longer than a day.',
      resolve: (e) => e.date.end ?? null,
    }),
    places: t.connection(
      {
        type: PlaceRef,
        description: 'Where it happened, from the most specific place (a venue) to the broadest.',
        resolve: (e, args) => paginate(graph.records(e.places, 'place'), args),
      },
      PlaceConnection,
    ),
    participants: t.connection(
      {
        type: PartyRef,
        description: 'People, organisations and countries that took part.',
        resolve: (e, args) =>
          paginate(graph.records(e.participants, 'person', 'organisation', 'place'), args),
      },
      PartyConnection,
    ),
    partOf: t.field({
      type: EventRef,
      nullable: true,
      description: 'The larger event this one is part of.',
      resolve: (e) => (e.partOf ? graph.get('event', e.partOf) : null),
    }),
    parts: t.connection(
      {
        type: EventRef,
        description: 'Events that are part of this one.',
        resolve: (e, args) => paginate(graph.referrers(e.id, 'event', 'partOf'), args),
      },
      EventConnection,
    ),
    quantities: t.connection(
      {
        type: QuantityRef,
        description: 'Quantities counted at or of this event (drones launched, prisoners exchanged …).',
        resolve: (e, args) => paginate(graph.referrers(e.id, 'quantity', 'event'), args),
      },
      QuantityConnection,
    ),
    quotes: t.connection(
      {
        type: QuoteRef,
        description: 'Words said at this event.',
        resolve: (e, args) => paginate(graph.referrers(e.id, 'quote', 'event'), args),
      },
      QuoteConnection,
    ),
    quotesAbout: t.connection(
      {
        type: QuoteRef,
        description: 'Quotes about this event.',
        resolve: (e, args) => paginate(graph.referrers(e.id, 'quote', 'about'), args),
      },
      QuoteConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    description: 'The event with this key, or null.',
    args: {
      key: t.arg.string({
        required: true,
        description: 'The event’s key, e.g. "istanbul-talks-second-round".',
      }),
    },
    resolve: (_root, { key }) => graph.get('event', key) ?? null,
  }),
  events: t.connection(
    {
      type: EventRef,
      description:
        'Events in date order (then key order); filter by a date range, a place (including places within it), a participant and a type.',
      args: {
        from: t.arg({
          type: IsoDate,
          description:
            'Only events that may have happened on or after this date (a month or year covers all its days).',
        }),
        to: t.arg({
          type: IsoDate,
          description: 'Only events that may have happened on or before this date.',
        }),
        place: t.arg.string({
          description: 'Only events held at this place or within it (a place key, e.g. "istanbul").',
        }),
        participant: t.arg.string({
          description: 'Only events this person, organisation or country took part in (its key).',
        }),
        type: t.arg({ type: EventType, description: 'Only events of this type.' }),
      },
      resolve: (_root, { from, to, place, participant, type, ...args }) => {
        if (from && to && overlaps(from, undefined, undefined, to) === false) {
          throw badInput(`\`from\` (${from}) is after \`to\` (${to}).`, { argument: 'from' });
        }
        const places = place ? graph.placeAndWithin(graph.must(['place'], place, 'place').id) : undefined;
        if (participant) graph.must(['person', 'organisation', 'place'], participant, 'participant');
        const events = graph
          .all('event')
          .filter(
            (e) =>
              (!type || e.type === type) &&
              (!from && !to ? true : overlaps(e.date.start, e.date.end, from, to)) &&
              (!places || (e.places ?? []).some((k) => places.has(k))) &&
              (!participant || (e.participants ?? []).includes(participant)),
          )
          .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
        return paginate(events, args);
      },
    },
    EventConnection,
  ),
}));
