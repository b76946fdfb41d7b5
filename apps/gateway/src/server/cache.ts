import { createHash } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import { type Cache, createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import type { Redis } from 'ioredis';
import type { Logger } from './logger.js';

/**
 * Query fields whose answers are never cached, in memory or in Redis: drafts are unpublished journalism,
 * and so are their findings.
 */
export const UNCACHED_QUERY_FIELDS: readonly string[] = ['lint', 'hover'];

/** A result as Yoga serialises it: its own `stringify`, when it has one, in place of JSON.stringify. */
type Serialisable = {
  data?: unknown;
  errors?: unknown;
  extensions?: unknown;
  stringify?: (r: unknown) => string;
};

/**
 * Gives a cached result a `stringify` (the hook Yoga's result processor reads before JSON.stringify) that
 * serialises it once and answers every later hit with the same string: otherwise each hit stringifies the
 * same object again, about a tenth of a cached request's CPU. Only for what Yoga sends of an entry as it
 * was stored (its data, no errors, no extensions once Yoga drops the cache's `http` headers); anything
 * else is stringified as usual. JSON.stringify skips function-valued properties, so the bytes are the same.
 */
function serialisedOnce(result: Serialisable): void {
  let json: string | undefined;
  result.stringify = (value) => {
    const v = value as Serialisable;
    if (v.data !== result.data || v.errors !== undefined || v.extensions !== undefined)
      return JSON.stringify(value);
    json ??= JSON.stringify(value);
    return json;
  };
}

/**
 * A per-process LRU of responses (the default, without Redis). An entry keeps its serialised JSON beside
 * it, so a hit is not stringified again; the LRU bounds both.
 */
export function memoryCache(maxEntries: number): Cache {
  const inner = createInMemoryCache({ max: maxEntries });
  return {
    get: (key) => inner.get(key),
    set(key, result, entities, ttl) {
      serialisedOnce(result as Serialisable);
      return inner.set(key, result, entities, ttl);
    },
    invalidate: (entities) => inner.invalidate(entities),
  };
}

/**
 * Responses in Redis, shared by every replica. Built on @envelop/response-cache-redis, with two changes:
 * entity bookkeeping is dropped (that package records, without expiry, which responses contain which
 * records, for invalidation by mutations; this API has none and keys responses by dataset version, so the
 * sets would only grow), and a Redis failure degrades to a cache miss instead of failing the request.
 */
export function redisCache(redis: Redis, logger: Logger): Cache {
  const inner = createRedisCache({ redis });
  let lastWarning = 0;
  const warn = (op: string, err: unknown) => {
    // One warning per 10 s at most: an outage must not flood the logs with a line per request.
    if (Date.now() - lastWarning > 10_000) {
      lastWarning = Date.now();
      logger.warn(`response cache: Redis ${op} failed; serving without the cache`, { err });
    }
  };
  return {
    async get(key) {
      try {
        return (await inner.get(key)) as Awaited<ReturnType<Cache['get']>>;
      } catch (err) {
        warn('read', err);
        return undefined;
      }
    },
    async set(key, result, _entities, ttl) {
      try {
        await inner.set(key, result, [], ttl);
      } catch (err) {
        warn('write', err);
      }
    },
    invalidate() {
      // Nothing to invalidate: the dataset is immutable within a version, and the version is in the key.
    },
  };
}

const stable = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
};

/**
 * The cache key of an operation: the dataset version, then a hash of the document, operation name and
 * variables (key order ignored). A new dataset release therefore never serves an old answer, and replicas
 * of the same version share entries.
 */
export function cacheKey(
  version: string,
  documentString: unknown,
  operationName: unknown,
  variables: unknown,
): string {
  // The key is built before the request's parameters are validated, so they may be of any type here.
  const hash = createHash('sha256')
    .update(typeof documentString === 'string' ? documentString : stable(documentString))
    .update('\u0000')
    .update(typeof operationName === 'string' ? operationName : stable(operationName))
    .update('\u0000')
    .update(stable(variables ?? {}))
    .digest('base64url');
  return `parley:${version}:${hash}`;
}
