import { z } from 'zod';
import { EvidenceList, Id, PartialDate } from './common.js';

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
    speaker: Id.nullable().describe('Person or organisation id of the speaker; null for an unnamed speaker.'),
    speakerDescription: z.string().optional().describe('How the source describes an unnamed speaker.'),
    date: PartialDate.optional().describe('When the words were said or written.'),
    setting: QuoteSetting,
    settingDetail: z
      .string()
      .optional()
      .describe('Where, as the source says ("in a press conference in Berlin").'),
    event: Id.optional().describe('Event id at which the words were said.'),
    about: z.array(Id).optional().describe('Ids of what the quote is about.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A verbatim quote.')
  .meta({ id: 'Quote' });
