import { z } from 'zod';
import { EvidenceList, Id, PartialDate, ReferredToAs } from './common.js';

export const QuoteSetting = z.enum([
  'press-conference',
  'remarks-to-reporters',
  'social-media',
  'statement',
  'interview',
  'speech',
  'document',
  'unspecified',
]);

/** Words quoted verbatim in a source, with who said them, when and where. */
export const Quote = z
  .object({
    id: Id,
    text: z.string().min(1).describe('The quoted words exactly as printed, without the quotation marks.'),
    language: z
      .string()
      .min(2)
      .describe(
        'BCP 47 language of the words as stored (en); the language of the source they are quoted from.',
      ),
    translation: z
      .object({
        from: z.string().min(2).describe('BCP 47 language the words were translated from (fr).'),
        note: z
          .string()
          .optional()
          .describe('Whose translation it is, when the source says or it is not the source.'),
      })
      .strict()
      .optional()
      .describe(
        'Present when the words are a translation, not the speaker’s own: a quote from a translated article. A draft may render them differently; only their sense is checked.',
      ),
    speaker: Id.nullable().describe('Person or organisation id of the speaker; null for an unnamed speaker.'),
    speakerDescription: z.string().optional().describe('How the source describes an unnamed speaker.'),
    date: PartialDate.optional().describe('When the words were said or written.'),
    setting: QuoteSetting,
    settingDetail: z
      .string()
      .optional()
      .describe('Where, as the source says ("in a press conference in Berlin").'),
    event: Id.optional().describe('Event id at which the words were said.'),
    embedded: z
      .boolean()
      .optional()
      .describe(
        'True for an embedded post: the words stand as a block of their own, signed by their author (“– Name (@handle) date”), instead of inside quotation marks.',
      ),
    about: z.array(Id).optional().describe('Ids of what the quote is about.'),
    alsoReportedAs: z
      .array(Id)
      .optional()
      .describe(
        'Quote ids of the same words as another source renders them (“root causes” and “deep causes”), or of another rendering of the same statement: kept side by side, not merged.',
      ),
    referredToAs: ReferredToAs.optional(),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A verbatim quote.')
  .meta({ id: 'Quote' });
