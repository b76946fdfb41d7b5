import { z } from 'zod';
import { EvidenceList, Id, PartialDate } from './common.js';

/** One of the source articles. Its id is the citation key drafts use as `[@key]`. */
export const Source = z
  .object({
    id: Id.describe('Citation key, used in drafts as [@key]. A public contract: never renamed.'),
    title: z.string().min(1).describe('Headline as printed.'),
    outlet: z
      .string()
      .nullable()
      .describe('Publication the text appeared in, as printed; null when the text does not name it.'),
    publisher: z
      .string()
      .nullable()
      .describe(
        'News organisation the story comes from (the wire or original newspaper), as printed; null if unnamed.',
      ),
    byline: z
      .array(z.string().min(1))
      .describe('Authors as printed, in order; empty when there is no byline.'),
    publishedAt: z
      .object({
        date: PartialDate,
        basis: z
          .enum(['printed', 'inferred'])
          .describe('printed: the date is in the text; inferred: deduced from dates in the text.'),
        note: z.string().optional().describe('How an inferred date was deduced.'),
      })
      .strict()
      .describe('Publication date.'),
    language: z.string().min(2).describe('BCP 47 language of the text as stored.'),
    translatedFrom: z
      .string()
      .optional()
      .describe('BCP 47 language of the original, when the text is a translation.'),
    seedFile: z
      .string()
      .regex(/^[\w.-]+\.txt$/)
      .describe('File name of the article text in the seed corpus.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be the sha256 of the text: 64 lowercase hex digits')
      .describe(
        'sha256 of the text (its bytes) every excerpt citing this source was checked against; the build refuses another text.',
      ),
    publisherOrganisation: Id.optional().describe('Organisation record of the publisher, when it has one.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A source article.')
  .meta({ id: 'Source' });
