import { z } from 'zod';
import { EvidenceList, Id, PartialDate } from './common.js';

export const Unit = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .describe(
    'What one unit is, singular kebab-case: drone, aircraft, km2, fraction, day, minute, person, region.',
  );

/**
 * What was done to or with the things a quantity counts. Counts of different actions are different
 * quantities: drones launched, shot down; aircraft hit, damaged, destroyed. The words each action is written
 * with are exported as `actionWords`.
 */
export const Action = z
  .enum([
    'launched',
    'intercepted',
    'hit',
    'damaged',
    'destroyed',
    'disabled',
    'killed',
    'injured',
    'exchanged',
    'proposed',
    'rejected',
    'controlled',
    'claimed',
    'amassed',
    'invaded',
  ])
  .describe('What was done to or with the counted things: launched, intercepted, hit, destroyed, …')
  .meta({ id: 'Action' });

/** A quantity that figures report on: what is counted, in what unit, when. */
export const Quantity = z
  .object({
    id: Id,
    description: z
      .string()
      .min(1)
      .describe('What is counted, precisely enough to tell it from similar counts.'),
    units: z
      .array(Unit)
      .min(1)
      .describe('Units its reports use (one quantity may be reported as km2 and as fraction).'),
    when: PartialDate.optional().describe('Date or period the quantity refers to.'),
    event: Id.optional().describe('Event id the quantity belongs to.'),
    actions: z
      .array(Action)
      .min(1)
      .optional()
      .describe(
        'What was done to the counted things (every one of them, for a count such as "killed and injured"). A sentence whose number is tied to another action is about another quantity.',
      ),
    actor: z
      .array(Id)
      .min(1)
      .optional()
      .describe('Who did it: ids of the people, organisations or countries that launched, proposed, hit, …'),
    target: z
      .array(Id)
      .min(1)
      .optional()
      .describe('At or against whom: ids of the parties the action was aimed at.'),
    owner: z
      .array(Id)
      .min(1)
      .optional()
      .describe(
        'Whose the counted things are (Russia’s drones, Russia’s aircraft, Ukraine’s delegation): a count qualified by another party is about another quantity.',
      ),
    whole: Id.optional().describe(
      'For a share (unit fraction): the place or party it is a share of (Ukraine, for the share of Ukraine’s territory).',
    ),
    limit: z
      .enum(['minimum', 'maximum'])
      .optional()
      .describe(
        'When the quantity is itself a limit its source sets (a minimum 30-day ceasefire), not an estimate: a draft giving another limit contradicts it.',
      ),
    planned: z
      .boolean()
      .optional()
      .describe(
        'True for a count agreed, proposed or set as a deadline but not yet carried out (bodies to be exchanged): a sentence saying what was handed over or done is about the count carried out.',
      ),
    perSide: z
      .boolean()
      .optional()
      .describe(
        'True when reports count for each of two sides (6,000 bodies each), so a total is twice the value.',
      ),
    terms: z
      .object({
        nouns: z
          .array(z.string().min(1))
          .min(1)
          .describe('Words that follow the number and name what is counted (drones, aircraft, planes).'),
        ofNouns: z
          .array(z.string().min(1))
          .min(1)
          .optional()
          .describe(
            'Words that name what is counted only after one of the nouns and "of" (soldiers in "the bodies of 6,000 soldiers"): alone they count something else ("1,200 soldiers from each side" are living prisoners).',
          ),
        context: z
          .array(z.string().min(1))
          .min(1)
          .describe(
            'Words that identify this quantity among others counted with the same nouns (record, Sumy, road map), any of which must occur in the sentence, unless a date in the sentence falls on the quantity’s own day. Not words that merely restate the noun or the action.',
          ),
        scope: z
          .array(z.string().min(1))
          .min(1)
          .optional()
          .describe(
            'Words placing the sentence in the quantity’s occasion (handed, talks, Istanbul), any of which must also occur, when the context words alone are shared with other counts; a mention of the quantity’s event, or a date on its day, counts too.',
          ),
      })
      .strict()
      .describe('How a writer refers to this quantity, used to recognise it in drafts.'),
    evidence: EvidenceList,
  })
  .strict()
  .describe('A quantity reported in the sources.')
  .meta({ id: 'Quantity' });
