import type { Spelling } from '@parley/dataset';
import { builder } from './builder.js';
import { datasetEnumValues, enumValues } from './dataset-enums.js';

const STATUS: Record<string, string> = {
  preferred: 'The dataset’s canonical spelling; exactly one per name.',
  accepted: 'A correct alternative used by major English outlets.',
  deprecated: 'A spelling to replace in English text (see `note`).',
};

/** How a spelling stands: preferred, accepted or deprecated. */
export const SpellingStatus = builder.enumType('SpellingStatus', {
  description: 'Whether a spelling is the canonical one, an accepted alternative, or one to replace.',
  values: enumValues(datasetEnumValues('Spelling', 'status'), (v) => STATUS[v]),
});

/** One spelling of a name or office title. */
export const SpellingRef = builder.objectRef<Spelling>('Spelling').implement({
  description:
    'One spelling of a name or an office title, as found in the sources or standard for it, including transliterations.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The spelling exactly as written.' }),
    status: t.field({
      type: SpellingStatus,
      description: 'Whether this is the preferred spelling, an accepted one, or deprecated.',
      resolve: (s) => s.status,
    }),
    lang: t.exposeString('lang', {
      nullable: true,
      description: 'BCP 47 language the spelling comes from, when not English (fr, uk, ru …).',
    }),
    ambiguous: t.boolean({
      description: 'True when this spelling is knowingly shared with another record (a surname, say).',
      resolve: (s) => s.ambiguous ?? false,
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'Why the spelling has its status (always given for deprecated spellings).',
    }),
  }),
});
