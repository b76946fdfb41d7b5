import type { IncomingMessage, ServerResponse } from 'node:http';
import { execute } from '@graphql-tools/executor';
import { isPromise } from '@graphql-tools/utils';
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import { version } from '@parley/dataset';
import {
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { cacheKey, UNCACHED_QUERY_FIELDS } from './cache.js';
import type { GatewayConfig } from './config.js';
import {
  clientAddress,
  type RateLimitDecision,
  type RateLimiter,
  rateLimitHeaders,
  rateLimitRefusal,
} from './rate-limit.js';

/*
 * Prepared operations, as in a database's prepared statements: the first request for an operation text goes
 * through the whole GraphQL Yoga pipeline (parsing with the token limit, validation with the depth, alias
 * and directive limits, the response cache, error masking). Once it has passed, its parsed document is kept,
 * and later requests for the same text skip the HTTP-adapter machinery: the body is read straight from
 * Node's request, the cache is consulted, the document executed and the result written. Anything else (a
 * browser's CORS request, another media type, cache validators, persisted-operations mode, any error in the
 * result) is handed to Yoga, which stays the reference for every answer that is not a plain success.
 *
 * Execution is compiled (graphql-jit: a function per operation instead of walking the document for every
 * request), but only where it is proven equal: a request body is first executed by Yoga's own executor,
 * then once by the compiled operation, and only if both answers are the same text does the compiled one
 * answer that body from then on. Resolvers are pure reads of an immutable dataset, so equal once is equal
 * always; where they differ (or the operation does not compile), the body keeps Yoga's executor.
 */

const UNCACHED_ROOT_FIELDS = new Set(UNCACHED_QUERY_FIELDS);

/** Most operation texts kept; the least recently prepared goes first. */
const MAX_PREPARED = 1000;

/** Most request bodies remembered, and the longest: a client repeating a request skips parsing and hashing. */
const MAX_BODIES = 1000;
const MAX_BODY_LENGTH = 4096;

/** What a request body comes to: its parameters, its prepared operation, its response cache key. */
interface ReadBody {
  params: PlainParams;
  prepared: PreparedOperation;
  key: string | undefined;
  /** Whether it has executed without errors, so its cost is known to be within the limit. */
  costChecked: boolean;
  /**
   * The compiled operation once it has answered this body exactly as Yoga's executor does; null once it
   * did not (or does not compile), so the proof is not tried again; undefined before the first execution.
   */
  compiled: CompiledQuery | null | undefined;
}

interface PreparedOperation {
  document: DocumentNode;
  /** False when the operation selects a field that must not be cached (lint, hover). */
  cacheable: boolean;
  /** Compiled by operation name when first needed; null where graphql-jit cannot compile it. */
  compiled: Map<string | undefined, CompiledQuery | null>;
}

/** A request body that is exactly `{query, variables?, operationName?}` with the right types. */
interface PlainParams {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

const RESULT_TYPES = ['application/graphql-response+json', 'application/json'] as const;

/** The Content-Type header of each result type, written once. */
const CONTENT_TYPE: Record<string, string> = Object.fromEntries(
  RESULT_TYPES.map((t) => [t, `${t}; charset=utf-8`]),
);

/**
 * The media type to answer with when the request's Accept header names one plainly (no q-values, first
 * choice JSON): what Yoga would pick. Undefined hands the request to Yoga.
 */
function resultType(accept: string | undefined): string | undefined {
  if (accept === undefined || accept === '' || accept === '*/*') return 'application/json';
  if (accept.includes(';')) return undefined;
  const first = accept.split(',', 1)[0]!.trim();
  return (RESULT_TYPES as readonly string[]).includes(first) ? first : undefined;
}

function plainParams(body: string): PlainParams | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { query, variables, operationName, ...rest } = parsed as Record<string, unknown>;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  return {
    query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: operationName ?? undefined,
  };
}

/** Whether any root selection of the document, through fragments, is one of UNCACHED_ROOT_FIELDS. */
function selectsUncached(document: DocumentNode): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return UNCACHED_ROOT_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      return fragment ? visit(fragment.selectionSet) : true;
    });
  return document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && visit(d.selectionSet));
}

/** The result as Yoga writes it: without the `http` extension, which it turns into headers. */
function serialize(result: ExecutionResult): string {
  if (!result.extensions) return JSON.stringify(result);
  const { extensions, ...rest } = result;
  const { http: _http, ...others } = extensions as Record<string, unknown>;
  return JSON.stringify(Object.keys(others).length ? { ...rest, extensions: others } : rest);
}

/** Adds to a map bounded at `max` entries, dropping the oldest first. */
function remember<V>(map: Map<string, V>, max: number, key: string, value: V): void {
  if (map.size >= max) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

/** How the prepared path answered a response (see {@link answeredBy}), for the request's log line. */
export type PreparedAnswer = 'refused' | 'cache' | 'executor' | 'compiled';

const ANSWERED_BY = Symbol('parley.answeredBy');

type Answered = ServerResponse & { [ANSWERED_BY]?: { via: PreparedAnswer; cache: string | undefined } };

/**
 * How the prepared path answered `res` and its x-cache header (written with writeHead, so getHeader does
 * not see it); undefined when Yoga answered.
 */
export function answeredBy(
  res: ServerResponse,
): { via: PreparedAnswer; cache: string | undefined } | undefined {
  return (res as Answered)[ANSWERED_BY];
}

/** What the prepared-operation path needs from the gateway. */
export interface PreparedServices {
  schema: GraphQLSchema;
  cache: Cache | undefined;
  rateLimiter: RateLimiter | undefined;
  config: Pick<GatewayConfig, 'maxBodyBytes' | 'trustProxy' | 'cache'>;
}

/** How a request the prepared path cannot answer goes on: to Yoga, with the body already read. */
export type HandOver = (body: Buffer | undefined, rateLimit: RateLimitDecision | undefined) => void;

/** The prepared operations of one gateway process, and the path that answers them. */
export class PreparedOperations {
  readonly #operations = new Map<string, PreparedOperation>();
  readonly #bodies = new Map<string, ReadBody>();
  /**
   * Cached results serialised and encoded, so an in-memory cache hit is neither stringified nor encoded
   * again (a text with curly quotes is UTF-16 in V8, and encoding it was a tenth of a hit's time).
   */
  readonly #serialized = new WeakMap<object, Buffer>();

  constructor(readonly services: PreparedServices) {}

  /**
   * The Yoga plugin that prepares operations: an operation reaches execution only after parsing and
   * validation (with every limit) passed, so its text and document are kept then.
   */
  plugin(): Plugin {
    return {
      onExecute: ({ args }) => {
        const query = (args.contextValue as { params?: { query?: unknown } }).params?.query;
        if (typeof query !== 'string' || this.#operations.has(query)) return;
        remember(this.#operations, MAX_PREPARED, query, {
          document: args.document,
          cacheable: !selectsUncached(args.document),
          compiled: new Map(),
        });
      },
    };
  }

  /**
   * Answers a POST of a prepared operation, or hands the request to Yoga. The answer carries the request
   * id; headers already set on `res` are kept.
   */
  handle(req: IncomingMessage, res: ServerResponse, requestId: string, handOver: HandOver): void {
    const headers = req.headers;
    const type = resultType(headers.accept);
    const length = Number(headers['content-length']);
    if (
      type === undefined ||
      headers.origin !== undefined ||
      headers['if-none-match'] !== undefined ||
      headers['if-modified-since'] !== undefined ||
      !headers['content-type']?.startsWith('application/json') ||
      !(length > 0 && length <= this.services.config.maxBodyBytes)
    ) {
      handOver(undefined, undefined);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      this.#answer(req, res, requestId, type, body, handOver).catch(() => handOver(body, undefined));
    });
  }

  async #answer(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    type: string,
    body: Buffer,
    handOver: HandOver,
  ): Promise<void> {
    const { rateLimiter, cache, config, schema } = this.services;
    const text = body.toString('utf8');
    let read = this.#bodies.get(text);
    if (!read) {
      const params = plainParams(text);
      const prepared = params && this.#operations.get(params.query);
      if (!params || !prepared) return handOver(body, undefined);
      const key =
        cache && prepared.cacheable
          ? cacheKey(version, params.query, params.operationName, params.variables)
          : undefined;
      read = { params, prepared, key, costChecked: false, compiled: undefined };
      if (text.length <= MAX_BODY_LENGTH) remember(this.#bodies, MAX_BODIES, text, read);
    }
    const { params, prepared, key } = read;

    // Headers as name, value, name, value: what writeHead takes with the least work.
    const headers: string[] = ['x-request-id', requestId];
    let decision: RateLimitDecision | undefined;
    if (rateLimiter) {
      const checked = rateLimiter.check(
        clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustProxy),
      );
      // Awaited only when it is a promise (Redis): the in-memory path stays synchronous end to end.
      decision = checked instanceof Promise ? await checked : checked;
      if (!decision.allowed) {
        const refusal = rateLimitRefusal(decision, rateLimiter.windowMs);
        for (const [name, value] of Object.entries(refusal.headers)) headers.push(name, value);
        return this.#write(res, 'refused', 429, type, JSON.stringify({ errors: [refusal.error] }), headers);
      }
      const limit = rateLimitHeaders(decision);
      for (const name in limit) headers.push(name, limit[name]!);
    }

    if (key) {
      const got = cache!.get(key);
      const hit = (isPromise(got) ? await got : got) as ExecutionResult | undefined;
      if (hit) {
        let json = this.#serialized.get(hit);
        if (json === undefined) {
          json = Buffer.from(serialize(hit));
          this.#serialized.set(hit, json);
        }
        const http = (hit.extensions?.http ?? {}) as { headers?: Record<string, string> };
        for (const name in http.headers) headers.push(name, http.headers[name]!);
        headers.push('x-cache', 'HIT');
        return this.#write(res, 'cache', 200, type, json, headers);
      }
    }

    const contextValue: GatewayContext = { requestId, costChecked: read.costChecked };
    const compiled = read.compiled;
    const executed = compiled
      ? compiled.query(undefined, contextValue, params.variables)
      : execute({
          schema,
          document: prepared.document,
          variableValues: params.variables,
          operationName: params.operationName,
          contextValue,
        });
    const result = (isPromise(executed) ? await executed : executed) as ExecutionResult;
    // Errors (bad variables, a page size out of range, a failure) are Yoga's to word and mask.
    if (result.errors?.length) return handOver(body, decision);
    // The same body is the same document with the same variables: the same cost, within the limit.
    read.costChecked = true;
    const json = serialize(result);
    if (read.compiled === undefined) read.compiled = await this.#provenEqual(read, json, requestId);

    if (key && config.cache) {
      // Stored as the response cache plugin stores it, so either path serves the other's entries.
      const cacheHeaders = { ETag: key, 'Last-Modified': new Date().toUTCString() };
      const stored = { ...result, extensions: { ...result.extensions, http: { headers: cacheHeaders } } };
      // Not awaited: the answer is ready, and a failing store (Redis away) only logs (see cache.ts).
      void Promise.resolve(cache!.set(key, stored as never, [], config.cache.ttlMs)).catch(() => {});
      headers.push('etag', cacheHeaders.ETag, 'last-modified', cacheHeaders['Last-Modified']);
    }
    if (cache) headers.push('x-cache', 'MISS');
    return this.#write(res, compiled ? 'compiled' : 'executor', 200, type, json, headers);
  }

  /** The operation compiled for `read`'s operation name, or null when graphql-jit cannot compile it. */
  #compiledFor(read: ReadBody): CompiledQuery | null {
    const { prepared, params } = read;
    let compiled = prepared.compiled.get(params.operationName);
    if (compiled === undefined) {
      try {
        const out = compileQuery(this.services.schema, prepared.document, params.operationName);
        compiled = isCompiledQuery(out) ? out : null;
      } catch {
        compiled = null;
      }
      prepared.compiled.set(params.operationName, compiled);
    }
    return compiled;
  }

  /** The compiled operation if it answers `read`'s body with exactly `expected`, else null. */
  async #provenEqual(read: ReadBody, expected: string, requestId: string): Promise<CompiledQuery | null> {
    const compiled = this.#compiledFor(read);
    if (!compiled) return null;
    try {
      const context: GatewayContext = { requestId, costChecked: true };
      const executed = compiled.query(undefined, context, read.params.variables);
      const result = isPromise(executed) ? await executed : executed;
      return !result.errors?.length && serialize(result) === expected ? compiled : null;
    } catch {
      return null;
    }
  }

  #write(
    res: ServerResponse,
    by: PreparedAnswer,
    status: number,
    type: string,
    text: string | Buffer,
    headers: string[],
  ): void {
    const cache = headers.indexOf('x-cache');
    (res as Answered)[ANSWERED_BY] = { via: by, cache: cache < 0 ? undefined : headers[cache + 1] };
    const length = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
    headers.push('content-type', CONTENT_TYPE[type]!, 'content-length', String(length));
    res.writeHead(status, headers);
    res.end(text);
  }
}
