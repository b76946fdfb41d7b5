import { compile } from 'json-schema-to-typescript';
import { z } from 'zod';
import { Dataset, kinds } from '../schema/index.js';
import type { LoadedRecord } from './load.js';

/** The dataset document: collections in schema order, records sorted by id, so builds are byte-identical. */
export function assemble(records: LoadedRecord[], version: string): Record<string, unknown> {
  const doc: Record<string, unknown> = { version };
  for (const [kind, { collection }] of Object.entries(kinds)) {
    doc[collection] = records
      .filter((r) => r.kind === kind)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => r.record);
  }
  // Round-trip through the whole-document schema: what we publish is what the schema says.
  return Dataset.parse(doc) as Record<string, unknown>;
}

/** JSON Schema of the dataset document, published as dataset.schema.json. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Dataset, {
    target: 'draft-2020-12',
    io: 'output',
    reused: 'inline',
  }) as Record<string, unknown>;
  return { $id: 'https://parley.dev/schema/dataset.schema.json', title: 'ParleyDataset', ...schema };
}

const banner = `/* This file is generated from the zod schema in schema/ by scripts/build.ts. Do not edit it. */`;

/** TypeScript types of the dataset, generated from the JSON Schema so consumers need no zod. */
export async function typesSource(schema: Record<string, unknown>): Promise<string> {
  const ts = await compile(schema as never, 'ParleyDataset', {
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  return ts;
}

/** dist/data.js: JSON.parse of a string literal parses faster than the same object literal. */
export const dataModule = (json: string): string =>
  `${banner}\nexport default JSON.parse(${JSON.stringify(json)});\n`;

export const dataDeclaration = `${banner}\nimport type { ParleyDataset } from './generated/types.js';\ndeclare const data: ParleyDataset;\nexport default data;\n`;
