import { z } from 'zod';
import { conditional, EvidenceList, Id, PartialDate, ReferredToAs } from './common.js';
import { Unit } from './quantity.js';

export const Exactness = z
  .enum([
    'exact',
    'approximate',
    'more-than',
    'at-least',
    'less-than',
    'at-most',
    'a-little-under',
    'range',
    'vague',
  ])
  .describe(
    'How the value is qualified as printed: "472" exact, "about" approximate, "more than", "a little under", "dozens" vague.',
  );

const withAmount = Exactness.options.filter((e) => e !== 'range' && e !== 'vague');
const hasAny = (...fields: string[]) => ({ anyOf: fields.map((f) => ({ required: [f] })) });

/** The value refinement below, in JSON Schema: which numbers each exactness carries. */
const valueRules = [
  conditional(
    { properties: { exactness: { enum: withAmount } } },
    { required: ['amount'], not: hasAny('min', 'max') },
  ),
  conditional(
    { properties: { exactness: { const: 'range' } } },
    { required: ['min', 'max'], not: hasAny('amount') },
  ),
  conditional({ properties: { exactness: { const: 'vague' } } }, { not: hasAny('amount', 'min', 'max') }),
];

/** One report of a quantity: a value, who it is attributed to, where it is reported. */
export const Figure = z
  .object({
    id: Id,
    quantity: Id.describe('Quantity id this is a report of.'),
    text: z.string().min(1).describe('The figure as printed ("472 drones", "a little under one fifth").'),
    unit: Unit,
    value: z
      .object({
        exactness: Exactness,
        amount: z
          .number()
          .optional()
          .describe('The number printed; required unless exactness is range or vague.'),
        min: z.number().optional().describe('Lower bound (inclusive) of a range.'),
        max: z.number().optional().describe('Upper bound (inclusive) of a range.'),
      })
      .strict()
      .refine(
        (v) =>
          v.exactness === 'vague'
            ? v.amount === undefined && v.min === undefined && v.max === undefined
            : v.exactness === 'range'
              ? v.min !== undefined && v.max !== undefined && v.amount === undefined
              : v.amount !== undefined && v.min === undefined && v.max === undefined,
        {
          message:
            'exact and qualified values need amount alone; a range needs min and max; a vague value ("several", "dozens") has no numbers, since the sources give none',
        },
      )
      .meta({ allOf: valueRules }),
    per: z
      .enum(['total', 'each-side'])
      .optional()
      .describe('each-side when the figure is for each of two sides.'),
    attributedTo: z
      .array(Id)
      .describe(
        'Ids of who the figure is attributed to; empty when the source states it on its own authority.',
      ),
    attribution: z.string().optional().describe('The attribution as printed ("Ukraine’s air force said").'),
    asOf: PartialDate.optional(),
    referredToAs: ReferredToAs.optional(),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A report of a quantity.')
  .meta({ id: 'Figure' });
