import { z } from 'zod';
import { EvidenceList, Id, PartialDate } from './common.js';

export const Unit = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .describe(
    'What one unit is, singular kebab-case: drone, aircraft, km2, fraction, day, minute, person, region.',
  );

/** A quantity that figures report on: what is counted, in what unit, when. */
export const Quantity = z
  .object({
    id: Id,
    description: z
      .string()
      .min(1)
      .describe('What is counted, precisely enough to tell it from similar counts.'),
    units: z
      .array(Unit)
      .min(1)
      .describe('Units its reports use (one quantity may be reported as km2 and as fraction).'),
    when: PartialDate.optional().describe('Date or period the quantity refers to.'),
    event: Id.optional().describe('Event id the quantity belongs to.'),
    perSide: z
      .boolean()
      .optional()
      .describe(
        'True when reports count for each of two sides (6,000 bodies each), so a total is twice the value.',
      ),
    terms: z
      .object({
        nouns: z
          .array(z.string().min(1))
          .min(1)
          .describe('Words that follow the number and name what is counted (drones, aircraft, planes).'),
        context: z
          .array(z.string().min(1))
          .min(1)
          .describe(
            'Words, any of which must occur in the same sentence, that tie the number to this quantity.',
          ),
      })
      .strict()
      .describe('How a writer refers to this quantity, used to recognise it in drafts.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A quantity reported in the sources.')
  .meta({ id: 'Quantity' });
