import { contradicts, type Figure } from '@parley/dataset';
import { graph } from '../data/graph.js';
import { paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { datasetEnumValues, enumValues } from './dataset-enums.js';
import { IsoDate } from './iso-date.js';
import { PartyConnection, PartyRef } from './party.js';
import { RecordRef } from './record.js';
import { FigureConnection, FigureRef, QuantityRef } from './refs.js';

const EXACTNESS: Record<string, string> = {
  exact: 'The number as printed: “472”.',
  approximate: '“about”, “around”, “some”.',
  'more-than': '“more than”.',
  'at-least': '“at least”.',
  'less-than': '“less than”, “under”.',
  'at-most': '“at most”, “up to”.',
  'a-little-under': '“a little under”, “nearly”.',
  range: 'Between `min` and `max`.',
  vague: 'A word for a number (“dozens”), with bounds in `min` and `max`.',
};

/** How a figure's value is qualified as printed. */
export const Exactness = builder.enumType('Exactness', {
  description: 'How a value is qualified as printed.',
  values: enumValues(datasetEnumValues('Figure', 'value', 'exactness'), (v) => EXACTNESS[v]),
});

/** Whether a figure counts a total or each of two sides. */
export const FigureBasis = builder.enumType('FigureBasis', {
  description: 'Whether a figure is a total or is for each of two sides.',
  values: enumValues(datasetEnumValues('Figure', 'per'), (v) =>
    v === 'total' ? 'A total.' : 'For each of two sides (6,000 bodies each).',
  ),
});

/** The value of a figure. */
export const FigureValue = builder.objectRef<Figure['value']>('FigureValue').implement({
  description: 'A figure’s value: how it is qualified, and the number or bounds printed.',
  fields: (t) => ({
    exactness: t.field({
      type: Exactness,
      description: 'How the value is qualified.',
      resolve: (v) => v.exactness,
    }),
    amount: t.exposeFloat('amount', {
      nullable: true,
      description: 'The number printed; null for ranges and vague values.',
    }),
    min: t.exposeFloat('min', {
      nullable: true,
      description: 'Lower bound (inclusive) of a range or vague value.',
    }),
    max: t.exposeFloat('max', {
      nullable: true,
      description: 'Upper bound (inclusive) of a range or vague value.',
    }),
  }),
});

builder.node(FigureRef, {
  description:
    'One report of a quantity: the figure as printed, its value, who it is attributed to and which source prints it.',
  interfaces: [RecordRef],
  isTypeOf: (value) => graph.kindOf(value) === 'figure',
  id: { resolve: (f) => f.id },
  loadOne: (key) => graph.get('figure', key) ?? null,
  fields: (t) => ({
    quantity: t.field({
      type: QuantityRef,
      description: 'The quantity this reports, with every other report of it.',
      resolve: (f) => graph.must(['quantity'], f.quantity, 'quantity'),
    }),
    text: t.exposeString('text', {
      description: 'The figure as printed (“472 drones”, “a little under one fifth”).',
    }),
    unit: t.exposeString('unit', {
      description: 'What one unit is, singular kebab-case: drone, km2, fraction, person …',
    }),
    value: t.field({
      type: FigureValue,
      description: 'The value, with its qualifier.',
      resolve: (f) => f.value,
    }),
    per: t.field({
      type: FigureBasis,
      description: 'A total, or for each of two sides.',
      resolve: (f) => f.per ?? 'total',
    }),
    attributedTo: t.connection(
      {
        type: PartyRef,
        description: 'Who the figure is attributed to; empty when the source states it on its own authority.',
        resolve: (f, args) =>
          paginate(graph.records(f.attributedTo, 'person', 'organisation', 'place'), args),
      },
      PartyConnection,
    ),
    attribution: t.exposeString('attribution', {
      nullable: true,
      description: 'The attribution as printed (“Ukraine’s air force said”).',
    }),
    asOf: t.field({
      type: IsoDate,
      nullable: true,
      description: 'The date the figure is as of.',
      resolve: (f) => f.asOf ?? null,
    }),
    otherReports: t.connection(
      {
        type: FigureRef,
        description: 'The other reports of the same quantity.',
        resolve: (f, args) =>
          paginate(
            graph.index.reportsOf(f.quantity).filter((o) => o !== f),
            args,
          ),
      },
      FigureConnection,
    ),
    contradictedBy: t.connection(
      {
        type: FigureRef,
        description: 'Reports of the same quantity that contradict this one (same unit, no value in common).',
        resolve: (f, args) =>
          paginate(
            graph.index.reportsOf(f.quantity).filter((o) => o !== f && contradicts(f, o)),
            args,
          ),
      },
      FigureConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  figure: t.field({
    type: FigureRef,
    nullable: true,
    description: 'The figure with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'The figure’s key.' }) },
    resolve: (_root, { key }) => graph.get('figure', key) ?? null,
  }),
  figures: t.connection(
    {
      type: FigureRef,
      description: 'Figures in key order; filter by quantity, by who reports them and by source.',
      args: {
        quantity: t.arg.string({ description: 'Only reports of this quantity (its key).' }),
        reportedBy: t.arg.string({
          description: 'Only figures attributed to this person, organisation or country (its key).',
        }),
        source: t.arg.string({ description: 'Only figures this source prints (its citation key).' }),
      },
      resolve: (_root, { quantity, reportedBy, source, ...args }) => {
        if (quantity) graph.must(['quantity'], quantity, 'quantity');
        if (reportedBy) graph.must(['person', 'organisation', 'place'], reportedBy, 'reportedBy');
        if (source) graph.must(['source'], source, 'source');
        return paginate(
          graph
            .all('figure')
            .filter(
              (f) =>
                (!quantity || f.quantity === quantity) &&
                (!reportedBy || f.attributedTo.includes(reportedBy)) &&
                (!source || f.evidence.some((e) => e.source === source)),
            ),
          args,
        );
      },
    },
    FigureConnection,
  ),
}));
