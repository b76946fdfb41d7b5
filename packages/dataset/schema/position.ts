import { z } from 'zod';
import { EvidenceList, Id, PartialDate } from './common.js';

export const PositionTopic = z.enum([
  'ceasefire',
  'territory',
  'nato',
  'eu',
  'security-guarantees',
  'prisoners',
  'children',
  'sanctions',
  'reparations',
  'military',
  'summit',
  'memorandum',
  'negotiations',
  'humanitarian',
  'mobilisation',
  'military-aid',
  'assets',
]);

/** A negotiating position: which party demands, proposes or rejects what, when, and where it is reported. */
export const Position = z
  .object({
    id: Id,
    party: Id.describe('Id of the country, organisation or person holding the position.'),
    stance: z.enum(['demands', 'proposes', 'rejects', 'offers', 'conditions']),
    summary: z.string().min(1).describe('The position in one sentence.'),
    topics: z.array(PositionTopic).min(1),
    document: z
      .enum(['road map', 'memorandum'])
      .optional()
      .describe('Document it is set out in (road map, memorandum), when there is one.'),
    statedBy: z.array(Id).optional().describe('Ids of the people who stated it.'),
    date: PartialDate.optional().describe('When it was stated.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A negotiating position.')
  .meta({ id: 'Position' });
