import { z } from 'zod';
import { EvidenceList, Id, Names } from './common.js';

export const PlaceType = z.enum([
  'country',
  'region',
  'city',
  'town',
  'venue',
  'building',
  'waterway',
  'peninsula',
  'geographic-area',
  'us-state',
]);

/** A place: country, region, city, venue or geographic feature. */
export const Place = z
  .object({
    id: Id,
    names: Names,
    type: PlaceType,
    description: z.string().min(1),
    within: Id.optional().describe('Place id of the place that contains it.'),
    adjectives: z
      .array(z.string().min(1))
      .optional()
      .describe('Demonyms and adjectives used as qualifiers before titles (Ukrainian, Ukraine’s, U.S.).'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A place named in the sources.')
  .meta({ id: 'Place' });
