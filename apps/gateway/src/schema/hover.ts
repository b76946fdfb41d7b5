import { type HoverCard, inspect, LineIndex, lintWithContext } from '@parley/lint';
import { graph } from '../data/graph.js';
import { badInput } from '../data/pagination.js';
import { builder } from './builder.js';
import { checkText, LintConfig, TextRange, textComplexity, toConfig } from './lint.js';
import { RecordRef } from './record.js';

/** What a hover is about. */
export const HoverKind = builder.enumType('HoverKind', {
  description: 'What is at a position of a draft.',
  values: {
    SOURCE: { value: 'source', description: 'A citation of a source.' },
    UNKNOWN_SOURCE: { value: 'unknown-source', description: 'A citation key that is no source.' },
    FIGURE: { value: 'figure', description: 'A number recognised as a report of a quantity.' },
    QUOTE: { value: 'quote', description: 'A quotation recognised as a recorded quote.' },
    PERSON: { value: 'person', description: 'A person’s name, or an office title before it.' },
    ORGANISATION: { value: 'organisation', description: 'An organisation’s name.' },
    PLACE: { value: 'place', description: 'A place’s name.' },
    EVENT: { value: 'event', description: 'An event’s name.' },
    OFFICE: { value: 'role', description: 'An office title.' },
  } as const,
});

/** A hover card. */
export const HoverCardRef = builder.objectRef<HoverCard>('HoverCard').implement({
  description: 'What is at a position of a draft, with the Markdown card an editor shows on hover.',
  fields: (t) => ({
    kind: t.field({ type: HoverKind, description: 'What it is.', resolve: (h) => h.kind }),
    key: t.exposeString('id', {
      description:
        'The record shown: a source key, a quantity key (for a figure), a quote key or an entity key.',
    }),
    record: t.field({
      type: RecordRef,
      nullable: true,
      description: 'The record shown; null for an unknown citation key.',
      resolve: (h) => (h.kind === 'unknown-source' ? null : (graph.any(h.id) ?? null)),
    }),
    range: t.field({
      type: TextRange,
      description: 'The span of the draft the card is about.',
      resolve: (h) => ({ start: { ...h.range.start }, end: { ...h.range.end } }),
    }),
    start: t.exposeInt('start', { description: 'UTF-16 offset where the span starts.' }),
    end: t.exposeInt('end', { description: 'UTF-16 offset where the span ends (exclusive).' }),
    markdown: t.exposeString('markdown', { description: 'The card, Markdown.' }),
  }),
});

builder.queryField('hover', (t) =>
  t.field({
    type: HoverCardRef,
    nullable: true,
    description:
      'What is at a position of a draft (a citation, figure, quote or name) with its card, as an editor’s hover shows it; null when nothing is there. Positions are 0-based lines and UTF-16 characters, as in LSP; a character past the end of its line means the end of the line.',
    complexity: textComplexity,
    args: {
      text: t.arg.string({ required: true, description: 'The draft, Markdown.' }),
      line: t.arg.int({ required: true, description: '0-based line.' }),
      character: t.arg.int({ required: true, description: '0-based UTF-16 character within the line.' }),
      config: t.arg({
        type: LintConfig,
        description: 'Rule severities and spellings, as in parley.config.json.',
      }),
    },
    resolve: (_root, { text, line, character, config }) => {
      checkText(text);
      const lines = new LineIndex(text);
      if (line < 0 || line >= lines.starts.length) {
        throw badInput(
          `\`line\` must be between 0 and ${lines.starts.length - 1} (the text has ${lines.starts.length} lines); got ${line}.`,
          {
            argument: 'line',
          },
        );
      }
      if (character < 0)
        throw badInput(`\`character\` must be 0 or more; got ${character}.`, { argument: 'character' });
      // The findings go in too, so the card opens with the one under the cursor, as in the editor.
      const { context, diagnostics } = lintWithContext(text, graph.model, toConfig(config));
      return inspect(context, lines.offset({ line, character }), diagnostics) ?? null;
    },
  }),
);
