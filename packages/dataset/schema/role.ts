import { z } from 'zod';
import { EvidenceList, Id, Names, PartialDate } from './common.js';

/** An office or function held by a person, with every way the title is written. */
export const Role = z
  .object({
    id: Id,
    person: Id.describe('Person id of the holder.'),
    title: Names.describe(
      'Spellings of the title as used before a name or in apposition (Defence Minister, Minister of Defense); the preferred one first-class.',
    ),
    organisation: Id.optional().describe('Organisation id the office belongs to.'),
    jurisdiction: Id.optional().describe('Place id of the country the office is of.'),
    from: PartialDate.optional().describe('Start of the term, when the sources give it.'),
    to: PartialDate.optional().describe('End of the term, when it had ended.'),
    former: z.boolean().optional().describe('True when the sources say the office is no longer held.'),
    attested: PartialDate.describe('Date at which the sources attest the office.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('An office held by a person.')
  .meta({ id: 'Role' });
