import { z } from 'zod';
import { EvidenceList, Id, PartialDate } from './common.js';
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
        min: z.number().optional().describe('Lower bound (inclusive) for range and vague values.'),
        max: z.number().optional().describe('Upper bound (inclusive) for range and vague values.'),
      })
      .strict()
      .refine(
        (v) =>
          v.exactness === 'range' || v.exactness === 'vague' ? v.min !== undefined : v.amount !== undefined,
        {
          message:
            'exact and qualified values need amount; range and vague values need min (and max when bounded)',
        },
      ),
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
    evidence: EvidenceList,
  })
  .strict()
  .describe('A report of a quantity.')
  .meta({ id: 'Figure' });
