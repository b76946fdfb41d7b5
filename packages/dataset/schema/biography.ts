import { z } from 'zod';
import { EvidenceList, Id, PartialDate } from './common.js';

/**
 * A line of a person's biography the sources give: something they did or are known for that is neither an
 * office (a role), nor a dated event, nor a negotiating position ("wrote textbooks justifying the invasion").
 */
export const Biography = z
  .object({
    id: Id,
    person: Id.describe('Person id the line is about.'),
    statement: z.string().min(1).describe('What the sources say about them, in one sentence.'),
    date: PartialDate.optional().describe('When, if the sources say.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A line of a person’s biography.')
  .meta({ id: 'Biography' });
