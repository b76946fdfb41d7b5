#!/usr/bin/env node
// The schema checks CI runs (through the gateway's tests) and that anyone can run by hand after
// `pnpm --filter @parley/gateway build`:
//   node scripts/check-schema.mjs           fail if schema.graphql is stale or the schema breaks clients
//   node scripts/check-schema.mjs --write   rewrite schema.graphql from the code
// A breaking change against main fails unless it is listed in schema-changes.allowed.json with a reason.
// SCHEMA_BASE_REF compares against another ref than main.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);
const load = async (path) => {
  try {
    return await import(new URL(path, dist).href);
  } catch (e) {
    console.error(
      `check-schema: cannot load dist/${path} (${e.message}); run \`pnpm --filter @parley/gateway build\` first`,
    );
    process.exit(2);
  }
};
const { schema } = await load('schema/index.js');
const { printSorted, checkAgainstBase } = await load('tools/schema-check.js');

const file = `${root}schema.graphql`;
const printed = printSorted(schema);
if (process.argv.includes('--write')) {
  writeFileSync(file, printed);
  console.log('check-schema: wrote schema.graphql');
} else if (readFileSync(file, 'utf8') !== printed) {
  console.error(
    'check-schema: schema.graphql is stale; run `node scripts/check-schema.mjs --write` and commit it',
  );
  process.exitCode = 1;
}

const result = await checkAgainstBase({
  current: schema,
  base: process.env.SCHEMA_BASE_REF || undefined,
  cwd: root,
  allowedFile: `${root}schema-changes.allowed.json`,
});
if (!result.base) {
  console.log('check-schema: no committed schema.graphql to compare with (no git history for it yet)');
} else {
  const line = (c) => `  ${c.type} ${c.path ?? ''}: ${c.message}`;
  console.log(
    `check-schema: against ${result.base}: ${result.safe.length} safe, ${result.dangerous.length} dangerous, ${result.allowed.length} intended breaking, ${result.breaking.length} breaking`,
  );
  for (const c of result.dangerous) console.log(`dangerous:\n${line(c)}`);
  for (const c of result.allowed) console.log(`intended breaking change:\n${line(c)}`);
  if (result.breaking.length) {
    console.error(
      'check-schema: breaking changes (mark intended ones in schema-changes.allowed.json with a reason):',
    );
    for (const c of result.breaking) console.error(line(c));
    process.exitCode = 1;
  }
}
