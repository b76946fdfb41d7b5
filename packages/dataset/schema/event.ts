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
]);

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
