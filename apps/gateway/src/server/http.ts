import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { version } from '@parley/dataset';
import type { GraphQLSchema } from 'graphql';
import { Redis } from 'ioredis';
import { schema as defaultSchema } from '../schema/index.js';
import { memoryCache, redisCache } from './cache.js';
import type { GatewayConfig } from './config.js';
import { createDocumentCache, type DocumentCache } from './document-cache.js';
import { createLogger, LOG_LEVELS, type Logger, requestScope } from './logger.js';
import { loadAllowList } from './persisted.js';
import type { ExecutionCounts } from './plugins/compiled-execution.js';
import { MemoryStore, RateLimiter, RedisStore } from './rate-limit.js';
import { createGatewayYoga, GRAPHQL_PATH, gatewayPlugins } from './yoga.js';

/** A running (or ready to run) gateway. */
export interface Gateway {
  readonly server: Server;
  readonly logger: Logger;
  /** Starts listening; resolves with the port and the GraphQL URL. */
  listen(): Promise<{ port: number; url: string }>;
  /**
   * Graceful shutdown: /ready turns 503, no new connections are accepted, in-flight requests finish (for up
   * to `shutdownTimeoutMs`), then the remaining connections are closed and Redis is released.
   */
  close(): Promise<void>;
  /** Whether the gateway takes traffic (listening and not draining). */
  readonly ready: boolean;
  /** Yoga's parser and validation cache (tests check that drafts never land in it). */
  readonly documents: DocumentCache;
  /** Operations executed compiled and on graphql-js since the start. */
  readonly executions: ExecutionCounts;
  /** The names of the gateway's plugins, in the order every request meets them (see gatewayPlugins). */
  readonly plugins: readonly string[];
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

const json = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
};

/** Connects to Redis, or logs why it cannot: the gateway then runs without it (see `redisCache`). */
async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // Fail fast instead of queueing while Redis is away: a request must not wait on a cache.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let lastError = 0;
  redis.on('error', (err) => {
    if (Date.now() - lastError > 10_000) {
      lastError = Date.now();
      logger.warn('redis: connection error', { err });
    }
  });
  try {
    await redis.connect();
    logger.info('redis: connected', { redis: url.replace(/\/\/[^@]*@/, '//***@') });
  } catch (err) {
    logger.error('redis: cannot connect; serving without the shared cache and rate limits until it is back', {
      err,
    });
  }
  return redis;
}

/**
 * Builds the gateway: Redis (when configured), the response cache, the rate limiter, the allow-list, the
 * GraphQL Yoga instance and the HTTP server around it, which also answers /health and /ready, logs each
 * request as one JSON line; Yoga serves the API at /graphql and the checker page at /.
 */
export async function createGateway(
  config: GatewayConfig,
  options: { logger?: Logger; schema?: GraphQLSchema } = {},
): Promise<Gateway> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const schema = options.schema ?? defaultSchema;
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, logger) : undefined;
  const cache = config.cache
    ? redis
      ? redisCache(redis, logger)
      : memoryCache(config.cache.maxEntries)
    : undefined;
  let lastLimiterWarning = 0;
  const rateLimiter = config.rateLimit
    ? new RateLimiter(
        redis ? new RedisStore(redis) : new MemoryStore(),
        config.rateLimit.max,
        config.rateLimit.windowMs,
        (err) => {
          if (Date.now() - lastLimiterWarning > 10_000) {
            lastLimiterWarning = Date.now();
            logger.warn('rate limit: store failed; letting requests through', { err });
          }
        },
      )
    : undefined;
  const allowList = config.persistedOperations
    ? loadAllowList(config.persistedOperations, schema)
    : undefined;
  const documents = createDocumentCache();
  const executions: ExecutionCounts = { compiled: 0, graphqlJs: 0 };
  const services = { schema, logger, cache, rateLimiter, allowList, documents, executions };
  const plugins = gatewayPlugins(config, services);
  const yoga = createGatewayYoga(config, services, plugins);

  // Decided once: building a line per request only to drop it costs throughput.
  const logRequests = LOG_LEVELS.indexOf(logger.level) <= LOG_LEVELS.indexOf('info');
  let state: 'starting' | 'ready' | 'draining' = 'starting';
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    // Read now: by the time the response closes, a refused upload's socket may be gone (req.socket null).
    const client = req.socket?.remoteAddress;
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    // Draining: tell keep-alive clients to reconnect, which the load balancer sends to another replica.
    if (state === 'draining') res.setHeader('connection', 'close');
    const path = req.url?.split('?')[0];
    res.setHeader('x-request-id', requestId);
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) drained?.();
      if (!logRequests) return;
      logger.info('request', {
        requestId,
        method: req.method,
        // The path only: query strings can hold whole drafts.
        path,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        cache: res.getHeader('x-cache'),
        client,
      });
    });
    if (path === '/health') return json(res, 200, { status: 'ok' });
    if (path === '/ready') {
      return json(res, state === 'ready' ? 200 : 503, {
        status: state,
        dataset: version,
        redis: redis ? redis.status : 'not configured',
      });
    }
    // Everything else is Yoga's: one path, through its plugin chain (see yoga.ts for the plugins).
    requestScope.run({ requestId }, () => yoga.handle(req, res, { req, requestId }));
  };

  const server = createServer(
    {
      // A slow client cannot hold a connection open forever; keep-alive outlasts common load balancers'
      // 60 s idle timeout, so the balancer, not the gateway, closes idle connections.
      requestTimeout: 30_000,
      headersTimeout: 20_000,
      keepAliveTimeout: 65_000,
    },
    handle,
  );

  return {
    server,
    logger,
    documents,
    executions,
    plugins: plugins.map((p) => p.name),
    get ready() {
      return state === 'ready';
    },
    async listen() {
      server.listen(config.port, config.host);
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      state = 'ready';
      const url = `http://localhost:${port}${GRAPHQL_PATH}`;
      // The checker page first: it is what a person opening the gateway in a browser is after.
      const page = `http://localhost:${port}/`;
      logger.info('listening', {
        page,
        url,
        port,
        dataset: version,
        redis: Boolean(redis),
        pid: process.pid,
      });
      return { port, url };
    },
    async close() {
      if (state === 'draining') return;
      state = 'draining';
      logger.info('shutting down: draining in-flight requests', { inFlight });
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        const done = new Promise<void>((resolve) => {
          drained = resolve;
        });
        const timeout = new Promise<'timeout'>((resolve) =>
          setTimeout(resolve, config.shutdownTimeoutMs, 'timeout').unref(),
        );
        if ((await Promise.race([done, timeout])) === 'timeout') {
          logger.warn('shutdown: requests still running after the timeout; closing their connections', {
            inFlight,
          });
        }
      }
      server.closeAllConnections();
      await closed;
      await rateLimiter?.store.close();
      await yoga.dispose();
      if (redis) await redis.quit().catch(() => redis.disconnect());
      logger.info('stopped');
    },
  };
}
