import { LOG_LEVELS, type LogLevel } from './logger.js';

/** Everything the gateway can be configured with; see {@link readConfig} for the environment variables. */
export interface GatewayConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Interface to listen on; undefined listens on all of them. */
  host: string | undefined;
  /** Worker processes (cluster mode) when above 1. */
  workers: number;
  /** Redis for the shared response cache and rate limits; undefined keeps both in memory. */
  redisUrl: string | undefined;
  /** Origins allowed to call the API from a browser: `*` for any, or a list; `false` sends no CORS headers. */
  corsOrigins: '*' | string[] | false;
  /** Requests per window per client, or false for no limit. */
  rateLimit: { max: number; windowMs: number } | false;
  /** How many proxies (load balancers) in front of the gateway to trust for X-Forwarded-For. */
  trustProxy: number;
  /** A JSON allow-list of operations (sha256 → document): when set, only these are answered. */
  persistedOperations: string | undefined;
  /** Response cache: false turns it off. */
  cache: { ttlMs: number; maxEntries: number } | false;
  /**
   * Execute repeated documents compiled with graphql-jit (see plugins/compiled-execution.ts); false runs
   * every operation on graphql-js.
   */
  compileOperations: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** How long in-flight requests get to finish on SIGTERM before connections are cut. */
  shutdownTimeoutMs: number;
  logLevel: LogLevel;
}

/** A configuration value that is wrong; the message names the variable and what it should be. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

const integer = (
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number => {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigurationError(`${name} must be an integer from ${min} to ${max}; got "${raw}".`);
  }
  return n;
};

/** Reads `--port N`, `--workers N` and `--help` (the command line wins over the environment). */
export function parseArgs(argv: readonly string[]): { port?: string; workers?: string; help: boolean } {
  const out: { port?: string; workers?: string; help: boolean } = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--port' || flag === '--workers') {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new ConfigurationError(`${flag} needs a value, e.g. ${flag} 4`);
      out[flag === '--port' ? 'port' : 'workers'] = value;
    } else throw new ConfigurationError(`unknown option ${arg}; try --help`);
  }
  return out;
}

/**
 * The configuration from the environment (and the command line): every setting has a safe default, so
 * `node dist/main.js` alone serves http://localhost:4000/graphql.
 *
 * PORT (4000), HOST (all interfaces), WORKERS (1), REDIS_URL, CORS_ORIGINS (`*`, or a comma-separated list,
 * or `none`), RATE_LIMIT_MAX (300; 0 turns the limit off) per RATE_LIMIT_WINDOW seconds (60), TRUST_PROXY
 * (0 hops), PERSISTED_OPERATIONS (a JSON allow-list), CACHE_TTL seconds (3600; 0 turns the cache off),
 * CACHE_MAX_ENTRIES (10000), COMPILE_OPERATIONS (1; 0 executes every operation with graphql-js), MAX_BODY_BYTES (1048576), SHUTDOWN_TIMEOUT seconds (10), LOG_LEVEL (info).
 */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = [],
): GatewayConfig {
  const args = parseArgs(argv);
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigurationError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${env.LOG_LEVEL}".`,
    );
  }
  const cors = (env.CORS_ORIGINS ?? '*').trim();
  const corsOrigins =
    cors === '*'
      ? '*'
      : cors === 'none'
        ? false
        : cors
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean);
  if (Array.isArray(corsOrigins)) {
    for (const origin of corsOrigins) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
        throw new ConfigurationError(
          `CORS_ORIGINS must be *, none, or origins such as https://cms.example.org (no path); got "${origin}".`,
        );
      }
    }
  }
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigurationError(`REDIS_URL must be a redis:// or rediss:// URL; got "${redisUrl}".`);
  }
  const max = integer('RATE_LIMIT_MAX', env.RATE_LIMIT_MAX, 300, 0, 1_000_000_000);
  const ttl = integer('CACHE_TTL', env.CACHE_TTL, 3600, 0, 365 * 86400);
  return {
    port: integer(args.port ? '--port' : 'PORT', args.port ?? env.PORT, 4000, 0, 65535),
    host: env.HOST?.trim() || undefined,
    workers: integer(args.workers ? '--workers' : 'WORKERS', args.workers ?? env.WORKERS, 1, 1, 64),
    redisUrl,
    corsOrigins,
    rateLimit:
      max === 0
        ? false
        : { max, windowMs: 1000 * integer('RATE_LIMIT_WINDOW', env.RATE_LIMIT_WINDOW, 60, 1, 86400) },
    trustProxy: integer('TRUST_PROXY', env.TRUST_PROXY, 0, 0, 10),
    persistedOperations: env.PERSISTED_OPERATIONS?.trim() || undefined,
    cache:
      ttl === 0
        ? false
        : {
            ttlMs: ttl * 1000,
            maxEntries: integer('CACHE_MAX_ENTRIES', env.CACHE_MAX_ENTRIES, 10_000, 1, 10_000_000),
          },
    compileOperations: integer('COMPILE_OPERATIONS', env.COMPILE_OPERATIONS, 1, 0, 1) === 1,
    maxBodyBytes: integer('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 1_048_576, 1024, 100_000_000),
    shutdownTimeoutMs: 1000 * integer('SHUTDOWN_TIMEOUT', env.SHUTDOWN_TIMEOUT, 10, 0, 600),
    logLevel,
  };
}

/** `--help` text. */
export const USAGE = `Usage: node dist/main.js [--port N] [--workers N]

Serves the Parley GraphQL API on http://localhost:PORT/graphql (GraphiQL in a browser), /health and /ready.

Environment:
  PORT=4000                 port (--port wins)
  HOST                      interface to listen on (default: all)
  WORKERS=1                 worker processes; above 1 runs a cluster (--workers wins)
  REDIS_URL                 redis://host:6379: shared response cache and rate limits across replicas
  CORS_ORIGINS=*            *, none, or comma-separated origins (https://cms.example.org)
  RATE_LIMIT_MAX=300        requests per client per window (0: no limit)
  RATE_LIMIT_WINDOW=60      window, seconds
  TRUST_PROXY=0             proxies in front whose X-Forwarded-For to trust (1 behind one load balancer)
  PERSISTED_OPERATIONS      JSON allow-list {sha256: document}: answer only these operations
  CACHE_TTL=3600            response cache lifetime, seconds (0: no cache)
  CACHE_MAX_ENTRIES=10000   in-memory cache size (without Redis)
  COMPILE_OPERATIONS=1      execute repeated operations compiled by graphql-jit (0: graphql-js every time)
  MAX_BODY_BYTES=1048576    largest request body
  SHUTDOWN_TIMEOUT=10       seconds in-flight requests get on SIGTERM
  LOG_LEVEL=info            debug, info, warn, error, silent
`;
