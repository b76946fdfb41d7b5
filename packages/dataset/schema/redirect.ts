import { z } from 'zod';
import { conditional, Id } from './common.js';

/**
 * A retired id and where its record went, so an id can leave the dataset without breaking a consumer that
 * holds it: `moved` to one record (merged into it or renamed), or `split` into several.
 */
export const Redirect = z
  .object({
    id: Id.describe('The retired id. No live record may have it again.'),
    moved: Id.optional().describe('The id of the record that now holds what the retired one held.'),
    split: z.array(Id).min(2).optional().describe('The ids of the records it was split into.'),
    reason: z.string().min(1).describe('Why it was retired, in words for the release notes.'),
  })
  .strict()
  .refine((r) => (r.moved === undefined) !== (r.split === undefined), {
    message: 'a redirect is either moved (one id) or split (several ids)',
  })
  .describe('A retired id and the records that replace it.')
  // The refinement above, in JSON Schema (if/then/else rather than oneOf, which the generated types would
  // turn into an open index signature).
  .meta({
    id: 'Redirect',
    ...conditional({ required: ['moved'] }, { not: { required: ['split'] } }, { required: ['split'] }),
  });
