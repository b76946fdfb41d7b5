import { compile } from 'json-schema-to-typescript';
import { z } from 'zod';
import { Dataset, kinds } from '../schema/index.js';
import type { LoadedRecord } from './load.js';

/** The dataset document: collections in schema order, records sorted by id, so builds are byte-identical. */
export function assemble(
  records: LoadedRecord[],
  version: string,
  redirects: readonly unknown[] = [],
): Record<string, unknown> {
  const doc: Record<string, unknown> = { version };
  for (const [kind, { collection }] of Object.entries(kinds)) {
    doc[collection] = records
      .filter((r) => r.kind === kind)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => r.record);
  }
  doc.redirects = [...redirects].sort((a, b) =>
    (a as { id: string }).id < (b as { id: string }).id ? -1 : 1,
  );
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

/**
 * src/generated/ids.ts: the ids of each kind as a union type, so a literal id with a typo fails to compile
 * (`index.reportsOf('drones-launched-overnight-2025-6-01')`), and the retired ids of redirects.
 */
export function idsSource(dataset: Record<string, unknown>): string {
  // Biome's layout: one member on the line of the name, several one a line.
  const union = (ids: string[]) =>
    ids.length > 1
      ? `\n${ids.map((id) => `  | '${id}'`).join('\n')}`
      : ` ${ids[0] ? `'${ids[0]}'` : 'never'}`;
  const name = (kind: string) => `${kind[0]!.toUpperCase()}${kind.slice(1)}Id`;
  const parts = Object.entries(kinds).map(([kind, { collection }]) => {
    const ids = (dataset[collection] as { id: string }[]).map((r) => r.id);
    return `/** Id of a ${kind} record. */\nexport type ${name(kind)} =${union(ids)};`;
  });
  const retired = (dataset.redirects as { id: string }[]).map((r) => r.id);
  return `${banner}\n\n${parts.join('\n\n')}\n\n/** Id of any record. */\nexport type RecordId =\n${Object.keys(
    kinds,
  )
    .map((k) => `  | ${name(k)}`)
    .join(
      '\n',
    )};\n\n/** An id retired by a redirect (see \`DatasetIndex.resolve\`). */\nexport type RetiredId =${union(retired)};\n`;
}

/** dist/data.js: JSON.parse of a string literal parses faster than the same object literal. */
export const dataModule = (json: string): string =>
  `${banner}\nexport default JSON.parse(${JSON.stringify(json)});\n`;

export const dataDeclaration = `${banner}\nimport type { ParleyDataset } from './generated/types.js';\ndeclare const data: ParleyDataset;\nexport default data;\n`;
