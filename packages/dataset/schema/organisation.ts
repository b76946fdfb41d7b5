import { z } from 'zod';
import { EvidenceList, Id, Names } from './common.js';

export const OrganisationType = z.enum([
  'government',
  'government-office',
  'ministry',
  'military',
  'security-service',
  'delegation',
  'news-organisation',
  'alliance',
  'international-organisation',
  'other',
]);

/** An organisation, institution, delegation or news organisation. */
export const Organisation = z
  .object({
    id: Id,
    names: Names,
    type: OrganisationType,
    description: z.string().min(1),
    country: Id.optional().describe('Place id of the country it belongs to.'),
    partOf: Id.optional().describe('Organisation id it is part of.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('An organisation named in the sources.')
  .meta({ id: 'Organisation' });
