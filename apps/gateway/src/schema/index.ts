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
import './quantity.js';
import './quote.js';
import './record.js';
import './search.js';
import './source.js';
import './speaker.js';
import './spelling.js';
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';

builder.queryType({
  description:
    'Parley: every fact in the source articles on the 2025 Russia–Ukraine talks in Istanbul, each with its evidence, and the Parley linter for drafts about them.',
});

/** The gateway's schema, types and fields in lexicographic order (as printed in schema.graphql). */
export const schema = lexicographicSortSchema(builder.toSchema());
