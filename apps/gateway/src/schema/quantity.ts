import { graph } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { RecordRef } from './record.js';
import {
  EventRef,
  FigureConnection,
  FigureRef,
  QuantityConnection,
  QuantityRef,
  QuoteConnection,
  QuoteRef,
} from './refs.js';

builder.node(QuantityRef, {
  description:
    'Something the sources count (drones launched overnight, prisoners exchanged …) with every report of it. Where reports disagree, each is kept, attributed: see `reports` and `reportsDisagree`.',
  interfaces: [RecordRef],
  isTypeOf: (value) => graph.kindOf(value) === 'quantity',
  id: { resolve: (q) => q.id },
  loadOne: (key) => graph.get('quantity', key) ?? null,
  fields: (t) => ({
    description: t.exposeString('description', {
      description: 'What is counted, precisely enough to tell it from similar counts.',
    }),
    units: t.exposeStringList('units', {
      description: 'Units its reports use (one quantity may be reported as km2 and as a fraction).',
    }),
    when: t.exposeString('when', {
      nullable: true,
      description: 'The date or period the quantity refers to (ISO 8601, at the precision known).',
    }),
    event: t.field({
      type: EventRef,
      nullable: true,
      description: 'The event the quantity belongs to.',
      resolve: (q) => (q.event ? graph.get('event', q.event) : null),
    }),
    perSide: t.boolean({
      description:
        'True when reports count for each of two sides (6,000 bodies each), so a total is twice the value.',
      resolve: (q) => q.perSide ?? false,
    }),
    nouns: t.stringList({
      description: 'Words that follow a number and name what is counted (drones, aircraft, planes).',
      resolve: (q) => q.terms.nouns,
    }),
    context: t.stringList({
      description: 'Words that tie a number in a sentence to this quantity.',
      resolve: (q) => q.terms.context,
    }),
    reports: t.connection(
      {
        type: FigureRef,
        description:
          'Every report of this quantity, side by side, each with its value, who reports it and where.',
        resolve: (q, args) => paginate(graph.index.reportsOf(q.id), args),
      },
      FigureConnection,
    ),
    reportsDisagree: t.boolean({
      description:
        'True when two of its reports contradict each other: same unit and basis, and no value both admit (472 drones against 500). Reports in different units are not compared.',
      resolve: (q) => graph.index.disputed(q.id),
    }),
    quotesAbout: t.connection(
      {
        type: QuoteRef,
        description: 'Quotes about this quantity.',
        resolve: (q, args) => paginate(graph.referrers(q.id, 'quote', 'about'), args),
      },
      QuoteConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  quantity: t.field({
    type: QuantityRef,
    nullable: true,
    description: 'The quantity with this key, or null.',
    args: {
      key: t.arg.string({
        required: true,
        description: 'The quantity’s key, e.g. "drones-launched-overnight-2025-06-01".',
      }),
    },
    resolve: (_root, { key }) => graph.get('quantity', key) ?? null,
  }),
  quantities: t.connection(
    {
      type: QuantityRef,
      description:
        'Every quantity in the dataset, in key order; narrow with `event` or to those whose reports disagree.',
      args: {
        event: t.arg.string({ description: 'Only quantities of this event (its key).' }),
        disputed: t.arg.boolean({
          description: 'Only quantities whose reports disagree (true) or agree (false).',
        }),
      },
      resolve: (_root, { event, disputed, ...args }) => {
        if (event) graph.must(['event'], event, 'event');
        return paginate(
          graph
            .all('quantity')
            .filter(
              (q) =>
                (!event || q.event === event) &&
                (disputed == null || graph.index.disputed(q.id) === disputed),
            ),
          args,
        );
      },
    },
    QuantityConnection,
  ),
}));
