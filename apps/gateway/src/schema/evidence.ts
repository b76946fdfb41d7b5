import type { Evidence } from '@parley/dataset';
import { graph } from '../data/graph.js';
import { builder } from './builder.js';
import { SourceRef } from './refs.js';

/** Where a fact is stated: a source and the exact excerpt. */
export const EvidenceRef = builder.objectRef<Evidence>('Evidence').implement({
  description: 'Where a fact is stated: a source and the exact excerpt of it that states the fact.',
  fields: (t) => ({
    source: t.field({
      type: SourceRef,
      description: 'The source article.',
      resolve: (e) => graph.must(['source'], e.source, 'evidence.source'),
    }),
    sourceKey: t.exposeString('source', {
      description: 'Citation key of the source, as drafts cite it: [@key].',
    }),
    excerpt: t.exposeString('excerpt', {
      description: 'The excerpt, verbatim (whitespace may differ); short, never the whole article.',
    }),
    offset: t.exposeInt('offset', {
      description: 'UTF-16 offset in the source text where the excerpt begins.',
    }),
  }),
});
