import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';
import { graph } from '../data/graph.js';
import { badInput, MAX_PAGE_SIZE, pageSizeOf } from '../data/pagination.js';

/** Most ids `nodes(ids:)` takes in one call. */
export const MAX_NODE_IDS = MAX_PAGE_SIZE;

/** Highest cost a query may have: each field costs 1, and a connection multiplies what it selects by its page size. */
export const MAX_COMPLEXITY = 10_000;

/**
 * Query cost of `lint` and `hover` per started 1,000 characters of `text`. Their work grows with the
 * text, so their price does too: under MAX_COMPLEXITY a request checks at most about 500,000 characters
 * in all (two drafts of the largest size, or 70 of 1,000 words), however it splits them into aliases.
 */
export const COST_PER_1000_CHARACTERS = 20;

/**
 * Decodes a global id, rejecting anything that is not one of ours with a message saying what an id is.
 * (The default decoder would fail with a bare "Invalid global ID".)
 */
function decodeGlobalID(globalID: string): { typename: string; id: string } {
  const text = /^[A-Za-z0-9+/]+={0,2}$/.test(globalID)
    ? Buffer.from(globalID, 'base64').toString('utf8')
    : '';
  const colon = text.indexOf(':');
  const typename = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (colon <= 0 || !id || !graph.isTypeName(typename)) {
    throw badInput(
      `"${globalID.length > 80 ? `${globalID.slice(0, 80)}…` : globalID}" is not a Parley global id. Ids are opaque strings taken from a record's \`id\` field (for example from \`search\`); to look a record up by its dataset key, use the field of its kind, e.g. \`person(key: "rustem-umerov")\`.`,
      { argument: 'id' },
    );
  }
  return { typename, id };
}

/**
 * The schema builder, alone in its file (Pothos's app-layout guide); every type lives in its own file
 * under src/schema/ and src/schema/index.ts assembles them.
 *
 * Plugins: relay (the `Node` interface, global ids, connections), simple-objects (value types such as
 * a text range, which need no backing model), and complexity (a query's cost, priced by the page sizes
 * it asks for). Dataloader is not used: every lookup is a Map access on the embedded dataset, so there
 * is no N+1 round trip to batch.
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  Scalars: {
    ID: { Input: string; Output: string };
    IsoDate: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, SimpleObjectsPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  complexity: {
    defaultComplexity: 1,
    // Lists that are not connections are a record's own small lists (spellings, evidence): priced once.
    defaultListMultiplier: 1,
    limit: { complexity: MAX_COMPLEXITY },
    // Only the cost is limited here: depth and aliases are GraphQL Armor's, checked before execution.
    complexityError: (_kind, result) =>
      new GraphQLError(
        `The query is too expensive: it costs ${result.complexity}, above the limit of ${MAX_COMPLEXITY}. Each field costs 1 and a connection multiplies the cost of what it selects by its page size (\`first\` or \`last\`, 20 when neither is given), and \`lint\` and \`hover\` cost ${COST_PER_1000_CHARACTERS} per 1,000 characters of \`text\`: ask for smaller pages, fewer nested connections or less text.`,
        {
          extensions: {
            code: 'QUERY_TOO_COMPLEX',
            http: { status: 400 },
            cost: result.complexity,
            limit: MAX_COMPLEXITY,
          },
        },
      ),
  },
  relay: {
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The records of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The record.' },
    cursorFieldOptions: { description: 'Where this edge is in the list: pass it as `after` or `before`.' },
    pageInfoFieldOptions: { description: 'Whether there are more records before or after this page.' },
    hasNextPageFieldOptions: { description: 'True when records follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when records precede this page.' },
    startCursorFieldOptions: {
      description: 'Cursor of the first edge of the page; null when the page is empty.',
    },
    endCursorFieldOptions: {
      description: 'Cursor of the last edge of the page; null when the page is empty.',
    },
    firstArgOptions: {
      description: `Return the first N records (1 to ${MAX_PAGE_SIZE}; 20 when neither first nor last is given).`,
    },
    lastArgOptions: { description: `Return the last N records (1 to ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: 'Return records after this cursor.' },
    beforeArgOptions: { description: 'Return records before this cursor.' },
    pageInfoTypeOptions: { description: 'Relay pagination: where a page is in its list.' },
    idFieldOptions: {
      description:
        'Global id of the record: opaque, stable across versions of the dataset, accepted by `node(id:)`.',
    },
    nodeTypeOptions: {
      description:
        'A record of the dataset with a global id: a source, person, organisation, place, event, office, quantity, figure, quote or position.',
      resolveType: (value) => graph.typeNameOf(value) ?? null,
    },
    nodeQueryOptions: {
      description: 'The record with this global id, or null when no record has it.',
      args: { id: { description: 'A global id, as returned in a record’s `id` field.' } },
    },
    nodesQueryOptions: {
      description: `The records with these global ids, in the same order (null where none has it); at most ${MAX_NODE_IDS} ids.`,
      args: { ids: { description: `Up to ${MAX_NODE_IDS} global ids.` } },
      complexity: (args: { ids: unknown[] }) => ({
        field: 1,
        multiplier: Math.min(args.ids.length, MAX_NODE_IDS),
      }),
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) => {
        if (ids.length > MAX_NODE_IDS) {
          throw badInput(`\`nodes\` takes at most ${MAX_NODE_IDS} ids; got ${ids.length}.`, {
            argument: 'ids',
          });
        }
        return resolveNodes(ids);
      },
    },
    defaultConnectionFieldOptions: {
      complexity: (args) => ({ field: 1, multiplier: pageSizeOf(args) }),
    },
    decodeGlobalID,
  },
});
