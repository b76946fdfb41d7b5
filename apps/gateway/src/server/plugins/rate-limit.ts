import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import {
  clientAddress,
  type RateLimitDecision,
  type RateLimiter,
  rateLimitHeaders,
  rateLimitRefusal,
} from '../rate-limit.js';
import { errorResponse } from './error-response.js';

/**
 * Per-client rate limiting of the GraphQL endpoint (`path`), with RateLimit-* headers on every answer.
 * First in the plugin list, so that even requests refused for other reasons count against a client.
 */
export function useRateLimit(
  limiter: RateLimiter,
  trustProxy: number,
  path: string,
): Plugin<object, { req?: IncomingMessage }> {
  const decisions = new WeakMap<Request, RateLimitDecision>();
  const decide = (request: Request, decision: RateLimitDecision, endResponse: (r: Response) => void) => {
    if (decision.allowed) {
      decisions.set(request, decision);
      return;
    }
    const refusal = rateLimitRefusal(decision, limiter.windowMs);
    endResponse(
      errorResponse(request, 429, refusal.error.message, refusal.error.extensions, refusal.headers),
    );
  };
  return {
    onRequest({ request, serverContext, endResponse, url }) {
      // CORS preflights carry no operation; counting them would halve a browser client's budget.
      if (request.method === 'OPTIONS' || url.pathname !== path) return;
      const req = serverContext.req;
      const checked = limiter.check(
        clientAddress(req?.socket.remoteAddress, req?.headers['x-forwarded-for'], trustProxy),
      );
      // Awaited only when it is a promise (Redis): in memory, the request does not wait a turn of the loop.
      if (checked instanceof Promise) return checked.then((d) => decide(request, d, endResponse));
      decide(request, checked, endResponse);
    },
    onResponse({ request, response }) {
      const d = decisions.get(request);
      if (d) for (const [k, v] of Object.entries(rateLimitHeaders(d))) response.headers.set(k, v);
    },
  };
}
