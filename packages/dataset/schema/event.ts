import { z } from 'zod';
import { EvidenceList, Id, Names, PartialDate } from './common.js';

export const EventType = z.enum([
  'talks',
  'attack',
  'military-operation',
  'offensive',
  'invasion',
  'annexation',
  'call',
  'press-conference',
  'meeting',
  'prisoner-exchange',
  'announcement',
  'statement',
  'photograph',
  'submission',
]);

/**
 * How a date no excerpt states is worked out from words in a source and the source's own date ("on Monday"
 * in an article of 2 June 2025). The check recomputes it: the words must be in an excerpt of that source
 * and the rule applied to the source's date must give the record's date.
 */
export const DateDerivation = z
  .object({
    source: Id.describe('Citation key of the source whose date the words count from.'),
    words: z.string().min(3).describe('The words, verbatim from an excerpt of that source ("on Sunday").'),
    rule: z
      .enum([
        'weekday-before',
        'weekday-after',
        'yesterday',
        'today',
        'last-week',
        'last-month',
        'last-year',
        'this-year',
        'years-before-end',
      ])
      .describe(
        'weekday-before: the named weekday on or before the source date; weekday-after: on or after it; yesterday, today; last-week: Monday to Sunday of the week before; last-month: the month before; last-year: the year before (with the month the words name, if any); this-year: the source date’s year; years-before-end: the year of date.end less the number of years the words state ("after eight years of fighting").',
      ),
  })
  .strict()
  .describe('How the date follows from a source’s date and its words.')
  .meta({ id: 'DateDerivation' });

/** Something that happened (or was scheduled) at a date. */
export const Event = z
  .object({
    id: Id,
    names: Names,
    type: EventType,
    description: z.string().min(1),
    date: z
      .object({
        start: PartialDate,
        end: PartialDate.optional().describe('Last day, for events longer than a day.'),
        derivation: DateDerivation.optional(),
        note: z
          .string()
          .min(1)
          .optional()
          .describe(
            'Why the date is coarser than a date an excerpt states: the finer date is another event’s (the talks a prisoner swap followed).',
          ),
      })
      .strict()
      .describe('When it happened, at the precision the sources give.'),
    places: z.array(Id).optional().describe('Place ids, from the most specific (venue) to the broadest.'),
    participants: z.array(Id).optional().describe('Ids of people, organisations or countries taking part.'),
    partOf: Id.optional().describe('Event id of a larger event.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('An event reported in the sources.')
  .meta({ id: 'Event' });
