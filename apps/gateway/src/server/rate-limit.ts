import type { Redis } from 'ioredis';

/** A client's standing in the current window. */
export interface RateLimitState {
  /** Requests counted in the window, this one included. */
  count: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

/** Where request counts live: per process (memory) or shared by every replica (Redis). */
export interface RateLimitStore {
  /** Counts one request of `key` in a window of `windowMs`, returning the count so far. */
  hit(key: string, windowMs: number): RateLimitState | Promise<RateLimitState>;
  close(): Promise<void>;
}

/**
 * Fixed windows in a Map. Expired windows are swept once a window, so a scan from many addresses cannot
 * grow the map without bound for longer than that.
 */
export class MemoryStore implements RateLimitStore {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();
  #sweep: NodeJS.Timeout | undefined;

  // Synchronous: a request that needs no I/O should not wait for a turn of the event loop.
  hit(key: string, windowMs: number): RateLimitState {
    const now = Date.now();
    this.#sweep ??= setInterval(() => {
      const t = Date.now();
      for (const [k, w] of this.#windows) if (w.resetAt <= t) this.#windows.delete(k);
    }, windowMs).unref();
    let w = this.#windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + windowMs };
      this.#windows.set(key, w);
    }
    w.count++;
    return { count: w.count, resetMs: w.resetAt - now };
  }

  async close(): Promise<void> {
    clearInterval(this.#sweep);
    this.#windows.clear();
  }
}

// INCR and PEXPIRE in one script, so a window always gets its expiry even if a replica dies between the
// two, and every replica counts against the same window.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

/** Fixed windows in Redis, shared by every replica of the gateway. */
export class RedisStore implements RateLimitStore {
  constructor(
    readonly redis: Redis,
    readonly prefix = 'parley:ratelimit:',
  ) {}

  async hit(key: string, windowMs: number): Promise<RateLimitState> {
    const [count, ttl] = (await this.redis.eval(HIT, 1, `${this.prefix}${key}`, windowMs)) as [
      number,
      number,
    ];
    return { count, resetMs: ttl };
  }

  async close(): Promise<void> {
    // The Redis connection is shared with the cache; whoever opened it closes it.
  }
}

/** The outcome of counting one request. */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (for RateLimit-Reset and Retry-After). */
  resetSeconds: number;
}

/**
 * Per-client rate limiting over a store. If the store fails (Redis unreachable), requests are let through
 * and the failure reported once: for a read-only public API, serving without a limit for a while is
 * better than refusing everyone.
 */
export class RateLimiter {
  constructor(
    readonly store: RateLimitStore,
    readonly max: number,
    readonly windowMs: number,
    readonly onStoreError: (error: unknown) => void = () => {},
  ) {}

  /** Counts a request of `client`; synchronous when the store is (memory), a promise otherwise (Redis). */
  check(client: string): RateLimitDecision | Promise<RateLimitDecision> {
    let state: RateLimitState | Promise<RateLimitState>;
    try {
      state = this.store.hit(client, this.windowMs);
    } catch (error) {
      return this.#letThrough(error);
    }
    return state instanceof Promise
      ? state.then(
          (s) => this.#decide(s),
          (error) => this.#letThrough(error),
        )
      : this.#decide(state);
  }

  #decide(state: RateLimitState): RateLimitDecision {
    return {
      allowed: state.count <= this.max,
      limit: this.max,
      remaining: Math.max(0, this.max - state.count),
      resetSeconds: Math.max(1, Math.ceil(state.resetMs / 1000)),
    };
  }

  #letThrough(error: unknown): RateLimitDecision {
    this.onStoreError(error);
    return {
      allowed: true,
      limit: this.max,
      remaining: this.max,
      resetSeconds: Math.ceil(this.windowMs / 1000),
    };
  }
}

/**
 * The client a request counts against: the socket's address, or, behind `trustProxy` proxies, the address
 * the outermost trusted proxy saw (the `trustProxy`-th entry from the right of X-Forwarded-For). Entries
 * further left are written by the client and cannot be trusted.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: number,
): string {
  const socket = (remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
  if (trustProxy === 0 || !forwardedFor) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...hops, socket];
  return chain[Math.max(0, chain.length - 1 - trustProxy)]!.replace(/^::ffff:/, '');
}

/** The RateLimit-* headers every answer to a counted request carries. */
export function rateLimitHeaders(d: RateLimitDecision): Record<string, string> {
  return {
    'ratelimit-limit': String(d.limit),
    'ratelimit-remaining': String(d.remaining),
    'ratelimit-reset': String(d.resetSeconds),
  };
}

/** The GraphQL error and headers of a refused request (HTTP 429). */
export function rateLimitRefusal(
  d: RateLimitDecision,
  windowMs: number,
): { error: { message: string; extensions: Record<string, unknown> }; headers: Record<string, string> } {
  return {
    error: {
      message: `Too many requests: the limit is ${d.limit} per ${windowMs / 1000} s per client. Retry in ${d.resetSeconds} s.`,
      extensions: {
        code: 'RATE_LIMITED',
        limit: d.limit,
        windowSeconds: windowMs / 1000,
        retryAfterSeconds: d.resetSeconds,
      },
    },
    headers: { ...rateLimitHeaders(d), 'retry-after': String(d.resetSeconds) },
  };
}
