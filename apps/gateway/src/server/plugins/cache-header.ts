import type { Plugin } from 'graphql-yoga';

/**
 * How @graphql-yoga/plugin-response-cache marks a result it served from the cache. Not a documented API:
 * the plugin's version is pinned exactly in package.json, and a test (X-Cache: HIT) fails if it changes.
 */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/** `X-Cache: HIT|MISS` on GraphQL responses, so clients, tests and benchmarks see what the cache did. */
export function useCacheHeader(): Plugin {
  const hits = new WeakSet<Request>();
  return {
    onResultProcess({ request, result }) {
      if (!Array.isArray(result) && (result as Record<symbol, unknown>)[SERVED_FROM_CACHE]) hits.add(request);
    },
    onResponse({ request, response }) {
      if (request.method !== 'OPTIONS') response.headers.set('x-cache', hits.has(request) ? 'HIT' : 'MISS');
    },
  };
}
