import { foldName } from '@parley/dataset';
import { graph } from '../data/graph.js';
import { badInput, paginate } from '../data/pagination.js';
import { MAX_QUERY_LENGTH, type SearchHit, SearchIndex } from '../data/search.js';
import { builder } from './builder.js';
import { RecordKindEnum, RecordRef } from './record.js';

let index: SearchIndex | undefined;
// Built on first search, not at start-up: most queries never search, and start-up stays fast.
const searchIndex = () => {
  index ??= new SearchIndex(graph);
  return index;
};

/** Search results, best first. */
export const SearchConnection = builder.connectionObject(
  {
    type: RecordRef,
    name: 'SearchConnection',
    description: 'Search results, best first.',
  },
  {
    name: 'SearchEdge',
    description: 'One search result: the record, its score and what matched.',
    fields: (t) => ({
      score: t.float({
        description:
          'Relevance: higher is better. A whole recorded spelling scores 80–100; word matches less.',
        resolve: (edge) => (edge as unknown as { hit: SearchHit }).hit.score,
      }),
      matched: t.string({
        description:
          'What matched best: a recorded spelling or a key as written in the dataset, or a word (folded: lower case, without diacritics).',
        resolve: (edge) => (edge as unknown as { hit: SearchHit }).hit.matched,
      }),
      matchedIn: t.string({
        description:
          'Where it matched: `name`, `title`, `key`, or the field whose words matched (`description`, `text`, `evidence` …).',
        resolve: (edge) => (edge as unknown as { hit: SearchHit }).hit.field,
      }),
    }),
  },
);

builder.queryField('search', (t) =>
  t.connection(
    {
      type: RecordRef,
      description:
        'Ranked search across every kind of record by any name, spelling or word of its text, insensitive to case, diacritics and the transliterations the dataset records ("Kiev", "Oumerov"). A citation key finds its source.',
      args: {
        query: t.arg.string({
          required: true,
          description: `What to look for: a name, a spelling, a key or words (at most ${MAX_QUERY_LENGTH} characters).`,
        }),
        kinds: t.arg({ type: [RecordKindEnum], description: 'Only records of these kinds.' }),
      },
      resolve: (_root, { query, kinds, ...args }) => {
        if (query.length > MAX_QUERY_LENGTH) {
          throw badInput(`\`query\` is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`, {
            argument: 'query',
          });
        }
        if (!/[\p{L}\p{N}]/u.test(foldName(query))) {
          throw badInput('`query` must contain at least one letter or digit.', { argument: 'query' });
        }
        const hits = searchIndex().search(query, kinds ?? undefined);
        const page = paginate(hits, args);
        // Each edge carries its hit for the score fields; the node is the record itself.
        return {
          ...page,
          edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.record, hit: e.node })),
        };
      },
    },
    SearchConnection,
  ),
);
