#!/usr/bin/env node
// Writes operations/allow-list.json from operations/*.graphql: {sha256 of the operation text: text}.
// Start the gateway with PERSISTED_OPERATIONS=operations/allow-list.json to answer only these.
// Needs a build (`pnpm --filter @parley/gateway build`).
import { writeFileSync } from 'node:fs';

const { readOperations, OPERATIONS_DIR } = await import('../dist/server/operations.js');
const { operationId } = await import('../dist/server/persisted.js');
const list = Object.fromEntries(readOperations().map((op) => [operationId(op.document), op.document]));
writeFileSync(`${OPERATIONS_DIR}allow-list.json`, `${JSON.stringify(list, null, 2)}\n`);
console.log(`persist-operations: ${Object.keys(list).length} operations in operations/allow-list.json`);
