// Imports every type module (each registers its types and its query fields on the builder), then builds the
// schema. The order does not matter: refs are resolved when the schema is built.
import './connection.js';
import './dataset.js';
import './event.js';
import './evidence.js';
import './figure.js';
import './hover.js';
import './iso-date.js';
import './lint.js';
import './office.js';
import './organisation.js';
import './party.js';
import './person.js';
import './place.js';
import './position.js';
import './biography.js';
import './quantity.js';
import './quote.js';
import './record.js';
import './search.js';
import './source.js';
import './speaker.js';
import './spelling.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';

builder.queryType({
  description:
    'Parley: every fact in the source articles on the 2025 Russia–Ukraine talks in Istanbul, each with its evidence, and the Parley linter for drafts about them.',
});

/**
 * Makes every node's `id` resolve synchronously. The relay plugin's id resolver is `async` (it awaits the
 * key, which may come from a loader); ours are plain reads of a record's key, so the promise only costs:
 * a microtask per record and, in graphql-js, an object rebuilt around it with the id moved last. The
 * encoding is the plugin's own, so ids are unchanged (queries.test.ts round-trips every record's id), and
 * responses keep the order of the selection, as the GraphQL spec asks.
 */
function synchronousIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const id = type.getFields().id!;
    const typename = type.name;
    id.resolve = (record: { id: string }) => encodeGlobalID(typename, record.id);
  }
  return schema;
}

/** The gateway's schema, types and fields in lexicographic order (as printed in schema.graphql). */
export const schema = synchronousIds(lexicographicSortSchema(builder.toSchema()));
