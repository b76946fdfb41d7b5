import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type GraphQLSchema, parse, validate } from 'graphql';

/** sha256 (hex) of an operation's text: its id in an allow-list. */
export const operationId = (document: string): string => createHash('sha256').update(document).digest('hex');

/**
 * Loads an allow-list `{ "<sha256 of the document>": "<document>" }` (the shape GraphQL Code Generator's
 * persisted documents and Apollo's persisted query manifests reduce to) and checks every entry against the
 * schema, so a mistake fails at start-up naming the entry, not at the first client request.
 */
export function loadAllowList(file: string, schema: GraphQLSchema): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`PERSISTED_OPERATIONS: cannot read ${file}: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`PERSISTED_OPERATIONS: ${file} must be a JSON object of sha256 → operation text`);
  }
  const out = new Map<string, string>();
  for (const [id, document] of Object.entries(raw)) {
    if (typeof document !== 'string')
      throw new Error(`PERSISTED_OPERATIONS: ${file}: "${id}" is not a string`);
    if (operationId(document) !== id) {
      throw new Error(
        `PERSISTED_OPERATIONS: ${file}: "${id}" is not the sha256 of its operation (${operationId(document)})`,
      );
    }
    const errors = validate(schema, parse(document));
    if (errors.length) throw new Error(`PERSISTED_OPERATIONS: ${file}: "${id}": ${errors[0]!.message}`);
    out.set(id, document);
  }
  return out;
}

/**
 * The operation id of a request: Apollo's `extensions.persistedQuery.sha256Hash`, or the GraphQL over
 * HTTP persisted-documents `documentId` ("sha256:<hex>" or bare hex).
 */
export function requestedOperationId(params: {
  extensions?: Record<string, unknown>;
  documentId?: unknown;
}): string | null {
  const pq = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (pq && pq.version === 1 && typeof pq.sha256Hash === 'string') return pq.sha256Hash;
  if (typeof params.documentId === 'string') return params.documentId.replace(/^sha256:/, '');
  return null;
}
