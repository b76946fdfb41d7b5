import { z } from 'zod';
import { EvidenceList, Id, Names } from './common.js';

/** A named person. Offices are separate `role` records. */
export const Person = z
  .object({
    id: Id,
    names: Names,
    description: z.string().min(1).describe('Who the person is, in one line, as the sources present them.'),
    nationality: z.array(Id).optional().describe('Place ids of the countries the person acts for.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A person named in the sources.')
  .meta({ id: 'Person' });
