import { graph } from '../data/graph.js';
import { badInput, paginate } from '../data/pagination.js';
import { builder } from './builder.js';
import { datasetEnumValues, enumValues } from './dataset-enums.js';
import { IsoDate } from './iso-date.js';
import { containsWords, RecordConnection, RecordRef } from './record.js';
import { EventRef, QuoteConnection, QuoteRef } from './refs.js';
import { SpeakerRef } from './speaker.js';

/** Where words were said. */
export const QuoteSetting = builder.enumType('QuoteSetting', {
  description: 'In what setting the words were said or written.',
  values: enumValues(datasetEnumValues('Quote', 'setting')),
});

builder.node(QuoteRef, {
  description: 'A verbatim quote: the exact words, who said them, when and in what setting.',
  interfaces: [RecordRef],
  isTypeOf: (value) => graph.kindOf(value) === 'quote',
  id: { resolve: (q) => q.id },
  loadOne: (key) => graph.get('quote', key) ?? null,
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The quoted words exactly as printed, without the quotation marks.',
    }),
    speaker: t.field({
      type: SpeakerRef,
      nullable: true,
      description: 'Who said it; null for an unnamed speaker (see `speakerDescription`).',
      resolve: (q) => (q.speaker ? (graph.records([q.speaker], 'person', 'organisation')[0] ?? null) : null),
    }),
    speakerDescription: t.exposeString('speakerDescription', {
      nullable: true,
      description: 'How the source describes an unnamed speaker.',
    }),
    date: t.field({
      type: IsoDate,
      nullable: true,
      description: 'When the words were said or written.',
      resolve: (q) => q.date ?? null,
    }),
    setting: t.field({ type: QuoteSetting, description: 'In what setting.', resolve: (q) => q.setting }),
    settingDetail: t.exposeString('settingDetail', {
      nullable: true,
      description: 'Where, as the source says (“in a press conference in Berlin”).',
    }),
    event: t.field({
      type: EventRef,
      nullable: true,
      description: 'The event at which the words were said.',
      resolve: (q) => (q.event ? graph.get('event', q.event) : null),
    }),
    about: t.connection(
      {
        type: RecordRef,
        description: 'What the quote is about: people, organisations, places, events, quantities.',
        resolve: (q, args) => paginate(graph.records(q.about), args),
      },
      RecordConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  quote: t.field({
    type: QuoteRef,
    nullable: true,
    description: 'The quote with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'The quote’s key.' }) },
    resolve: (_root, { key }) => graph.get('quote', key) ?? null,
  }),
  quotes: t.connection(
    {
      type: QuoteRef,
      description: 'Quotes in key order; filter by speaker, by words of the text and by source.',
      args: {
        speaker: t.arg.string({ description: 'Only quotes by this person or organisation (its key).' }),
        text: t.arg.string({
          description:
            'Only quotes containing these words, in this order (insensitive to case, diacritics and punctuation).',
        }),
        source: t.arg.string({ description: 'Only quotes this source prints (its citation key).' }),
      },
      resolve: (_root, { speaker, text, source, ...args }) => {
        if (speaker) graph.must(['person', 'organisation'], speaker, 'speaker');
        if (source) graph.must(['source'], source, 'source');
        if (text != null && !/[\p{L}\p{N}]/u.test(text)) {
          throw badInput('`text` must contain at least one letter or digit.', { argument: 'text' });
        }
        return paginate(
          graph
            .all('quote')
            .filter(
              (q) =>
                (!speaker || q.speaker === speaker) &&
                (text == null || containsWords(q.text, text)) &&
                (!source || q.evidence.some((e) => e.source === source)),
            ),
          args,
        );
      },
    },
    QuoteConnection,
  ),
}));
