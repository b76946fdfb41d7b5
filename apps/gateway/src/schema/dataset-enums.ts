import { createRequire } from 'node:module';
import type { EnumValueConfigMap } from '@pothos/core';

const require = createRequire(import.meta.url);

interface JsonSchema {
  $defs: Record<string, JsonSchemaNode>;
}
interface JsonSchemaNode {
  enum?: string[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  description?: string;
}

// The dataset's published JSON Schema is the single source of its enums: reading them from it (rather than
// copying the lists here) makes a widened enum in a new dataset release show up in the API, and in the
// committed schema.graphql, whose staleness test then asks for it to be reviewed.
const schema = require('@parley/dataset/dataset.schema.json') as JsonSchema;

/** The values of an enum of the dataset's JSON Schema, e.g. `datasetEnumValues('Place', 'type')`. */
export function datasetEnumValues(definition: string, ...path: string[]): string[] {
  let node: JsonSchemaNode | undefined = schema.$defs[definition];
  for (const key of path) node = key === '[]' ? node?.items : node?.properties?.[key];
  if (!node?.enum) throw new Error(`dataset.schema.json has no enum at ${definition}.${path.join('.')}`);
  return node.enum;
}

/** The GraphQL name of a dataset enum value: `government-office` → `GOVERNMENT_OFFICE`. */
export const enumName = (value: string): string => value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/**
 * Pothos enum values for dataset values, keyed by their GraphQL names and resolving to the dataset's own
 * strings; `describe` explains the values whose names do not say enough by themselves.
 */
export function enumValues(
  values: readonly string[],
  describe?: (value: string) => string | undefined,
): EnumValueConfigMap<never> {
  return Object.fromEntries(values.map((v) => [enumName(v), { value: v, description: describe?.(v) }]));
}
