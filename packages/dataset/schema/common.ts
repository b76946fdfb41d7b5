import { z } from 'zod';

/** Kebab-case identifier: the record's file name, unique across the whole dataset and never reused. */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be kebab-case: lowercase letters and digits joined by single hyphens',
  )
  .describe('Kebab-case id, equal to the file name; unique across the dataset and never reused.');

const isValidCalendarDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
};

/**
 * The same test as isValidCalendarDate, as a JSON Schema pattern, so the published schema refuses 2025-02-30
 * and 2025-13 too: months 01–12, the days each month has, 29 February only in leap years.
 */
const calendarDatePattern = [
  '^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?',
  '\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))',
  '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$',
].join('|');

/**
 * A JSON Schema conditional (`if`/`then`/`else`), the form in which refinements zod cannot export are
 * published in dataset.schema.json.
 */
export function conditional(
  condition: Record<string, unknown>,
  consequence: Record<string, unknown>,
  otherwise?: Record<string, unknown>,
): Record<string, unknown> {
  // biome-ignore lint/suspicious/noThenProperty: `then` is JSON Schema's keyword, not a thenable.
  return { if: condition, then: consequence, ...(otherwise ? { else: otherwise } : {}) };
}

/** ISO 8601 calendar date at the precision the sources give: `2025`, `2025-06` or `2025-06-02`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isValidCalendarDate, 'is not a real calendar date')
  .meta({ pattern: calendarDatePattern })
  .describe('ISO 8601 date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD.');

/** A short verbatim passage of a source that supports a fact. */
export const Evidence = z
  .object({
    source: Id.describe('Citation key of the source.'),
    excerpt: z
      .string()
      .min(3)
      .max(600)
      .describe(
        'Verbatim excerpt of the source text (whitespace may differ). Short: never the whole article.',
      ),
    offset: z
      .number()
      .int()
      .nonnegative()
      .describe('UTF-16 offset in the source text where the excerpt begins.'),
  })
  .strict()
  .describe('Where a fact is stated: a source and the exact excerpt that states it.')
  .meta({ id: 'Evidence' });

export const EvidenceList = z
  .array(Evidence)
  .min(1)
  .describe('At least one source passage supporting the record.');

/** How a spelling should be used in English copy. */
export const SpellingStatus = z
  .enum(['preferred', 'accepted', 'deprecated'])
  .describe(
    'preferred: the dataset’s canonical spelling; accepted: correct alternative; deprecated: should be replaced in English text.',
  );

/**
 * What kind of name a spelling is. Only renderings of the name itself (`name`, `short`) can be rival
 * spellings of one another (Zelensky / Zelenskyy, Kyiv / Kiev); an abbreviation, a formal name and a
 * description stand beside them in the same text without making it inconsistent (SBU and Security Service of
 * Ukraine, US and United States, Russian Federation and Russia).
 */
export const SpellingKind = z
  .enum(['name', 'short', 'formal', 'abbreviation', 'description'])
  .describe(
    'name: the name as commonly written (Volodymyr Zelensky, United States); short: a shorter form used alone (Zelensky, Britain, Kursk); formal: the official long form (Russian Federation, Kursk Oblast); abbreviation: initials or acronym (SBU, US, U.N.); description: a descriptive phrase rather than a name (Ukraine’s air force, second round of talks).',
  );

/** One spelling or transliteration of a name or title. */
export const Spelling = z
  .object({
    text: z.string().min(1).describe('The spelling exactly as written.'),
    status: SpellingStatus,
    kind: SpellingKind,
    lang: z
      .string()
      .optional()
      .describe('BCP 47 language the spelling comes from, when not English (e.g. fr, uk, ru).'),
    ambiguous: z
      .boolean()
      .optional()
      .describe('Declares that this spelling is knowingly shared with another record (e.g. a surname).'),
    note: z.string().optional().describe('Why this spelling has its status (required for deprecated).'),
  })
  .strict()
  .refine((s) => s.status !== 'deprecated' || (s.note !== undefined && s.note.length > 0), {
    message: 'a deprecated spelling needs a note saying why',
    path: ['note'],
  })
  // The refinement above, in JSON Schema.
  .meta({
    id: 'Spelling',
    ...conditional(
      { properties: { status: { const: 'deprecated' } }, required: ['status'] },
      { required: ['note'], properties: { note: { minLength: 1 } } },
    ),
  });

export const Names = z
  .array(Spelling)
  .min(1)
  .refine((names) => names.filter((n) => n.status === 'preferred').length === 1, {
    message: 'exactly one spelling must be preferred',
  })
  .meta({
    contains: { properties: { status: { const: 'preferred' } }, required: ['status'] },
    minContains: 1,
    maxContains: 1,
  })
  .describe('Every spelling of the name found in the sources or standard for it; exactly one preferred.');

export type IdT = z.infer<typeof Id>;

/**
 * Words in an excerpt or attribution that stand for a party the record names by id, where the source does
 * not use one of its names: "Moscow said" for the Russian government, "both sides" for Russia and Ukraine.
 * The check requires the words in the record's excerpts (or attribution), so the reading is explicit and
 * reviewable instead of silent.
 */
export const ReferredToAs = z
  .array(
    z
      .object({
        id: Id.describe('The party the words stand for.'),
        words: z.string().min(2).describe('The words, verbatim from an excerpt or the attribution.'),
      })
      .strict(),
  )
  .min(1)
  .describe('Words that stand for a party where the source does not name it ("Moscow said").')
  .meta({ id: 'ReferredToAs' });
