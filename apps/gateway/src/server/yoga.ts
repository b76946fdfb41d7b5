import type { IncomingMessage } from 'node:http';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { type Cache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { version } from '@parley/dataset';
import { GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';
import {
  createGraphQLError,
  createYoga,
  maskError,
  type Plugin,
  type YogaInitialContext,
} from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { cacheKey, UNCACHED_QUERY_FIELDS } from './cache.js';
import type { GatewayConfig } from './config.js';
import { type Logger, requestScope, yogaLogger } from './logger.js';
import { readOperations } from './operations.js';
import { requestedOperationId } from './persisted.js';
import type { PreparedOperations } from './prepared.js';
import {
  clientAddress,
  type RateLimitDecision,
  type RateLimiter,
  rateLimitHeaders,
  rateLimitRefusal,
} from './rate-limit.js';
import { loadWebPage, useWebPage, webPageDir } from './web-page.js';

/** Where the API is served. */
export const GRAPHQL_PATH = '/graphql';

/**
 * The request limits (GraphQL Armor), checked while parsing and validating, before anything executes.
 * The numbers are documented in the README; the query cost limit is the schema's (MAX_COMPLEXITY).
 */
export const LIMITS = {
  /** Deepest selection nesting (introspection excepted). */
  maxDepth: 12,
  /** Most aliases in one operation. */
  maxAliases: 15,
  /** Most tokens in a document (names, punctuation, values). */
  maxTokens: 2000,
  /** Most directives in one operation. */
  maxDirectives: 10,
} as const;

/** Headers that mark a request as not forgeable by a cross-site form or link (CSRF prevention). */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/** What the yoga instance needs besides the configuration. */
export interface YogaServices {
  schema: GraphQLSchema;
  logger: Logger;
  cache: Cache | undefined;
  rateLimiter: RateLimiter | undefined;
  allowList: Map<string, string> | undefined;
  /** Operations that passed the whole pipeline, answered directly next time (none with an allow-list). */
  prepared: PreparedOperations | undefined;
  /** The checker page's files (see web-page.ts); by default the built @parley/web, read once here. */
  webPage?: ReturnType<typeof loadWebPage> | undefined;
}

/** What the HTTP server passes to Yoga with each request. */
export interface ServerContext {
  req: IncomingMessage;
  requestId: string;
  /** Set when the request was already counted against its client's budget (see prepared.ts). */
  rateLimit?: RateLimitDecision | undefined;
}

/** A GraphQL error response outside the GraphQL pipeline (a rate limit), in the media type the client accepts. */
function errorResponse(
  request: Request,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
  headers: Record<string, string>,
): Response {
  const accept = request.headers.get('accept') ?? '';
  const type = accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json'
    : 'application/json';
  return new Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': `${type}; charset=utf-8`, ...headers },
  });
}

/** Per-client rate limiting of the GraphQL endpoint, with RateLimit-* headers on every answer. */
function useRateLimit(limiter: RateLimiter, trustProxy: number): Plugin<object, ServerContext> {
  const decisions = new WeakMap<Request, RateLimitDecision>();
  return {
    async onRequest({ request, serverContext, endResponse, url }) {
      // CORS preflights carry no operation; counting them would halve a browser client's budget.
      if (request.method === 'OPTIONS' || url.pathname !== GRAPHQL_PATH) return;
      // A request handed over by the prepared-operation path has been counted there already.
      let decision = serverContext.rateLimit;
      if (!decision) {
        const req = serverContext.req;
        const client = clientAddress(req?.socket.remoteAddress, req?.headers['x-forwarded-for'], trustProxy);
        decision = await limiter.check(client);
      }
      if (decision.allowed) {
        decisions.set(request, decision);
        return;
      }
      const refusal = rateLimitRefusal(decision, limiter.windowMs);
      endResponse(
        errorResponse(request, 429, refusal.error.message, refusal.error.extensions, refusal.headers),
      );
    },
    onResponse({ request, response }) {
      const d = decisions.get(request);
      if (d) for (const [k, v] of Object.entries(rateLimitHeaders(d))) response.headers.set(k, v);
    },
  };
}

/**
 * Answers an over-long body by its Content-Length before reading it, saying what the limit is. (Yoga
 * enforces the same limit while streaming bodies sent without a length.)
 */
function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length'));
      if (length > maxBytes) {
        endResponse(
          errorResponse(
            request,
            413,
            `Request body too large: ${length} bytes; the limit is ${maxBytes} bytes.`,
            { code: 'PAYLOAD_TOO_LARGE', limit: maxBytes },
            {},
          ),
        );
      }
    },
  };
}

/** `X-Cache: HIT|MISS` on GraphQL responses, so clients, tests and benchmarks see what the cache did. */
function useCacheHeader(): Plugin {
  const hits = new WeakSet<Request>();
  return {
    onResultProcess({ request, result }) {
      if (
        !Array.isArray(result) &&
        (result as Record<symbol, unknown>)[Symbol.for('servedFromResponseCache')]
      ) {
        hits.add(request);
      }
    },
    onResponse({ request, response }) {
      if (request.method !== 'OPTIONS') response.headers.set('x-cache', hits.has(request) ? 'HIT' : 'MISS');
    },
  };
}

const persistedError = (message: string, code: string) => ({
  message,
  extensions: { code, http: { status: 400 } },
});

/**
 * The GraphQL Yoga instance: schema, limits, CSRF prevention, CORS, masked errors, the response cache,
 * rate limiting, persisted operations, GraphiQL and the checker page at /. Plugin order matters: the allow-list has to turn an id
 * into a document before the cache looks the document up.
 */
export function createGatewayYoga(config: GatewayConfig, services: YogaServices) {
  const { schema, logger, cache, rateLimiter, allowList, prepared } = services;
  // Armor throws its rejections out of validation by default, which turns them into bare errors with
  // HTTP 200; reported as validation errors instead, they get a code and HTTP 400 like any other.
  const reject = (code: string) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) =>
        ctx?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }),
        ),
    ],
  });
  const armor = new EnvelopArmor<YogaInitialContext>({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, ...reject('QUERY_TOO_DEEP') },
    maxAliases: { n: LIMITS.maxAliases, ...reject('TOO_MANY_ALIASES') },
    // Counted while parsing, before there is a document to validate: the parser's own error (HTTP 400).
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, ...reject('TOO_MANY_DIRECTIVES') },
    // Query cost is the schema's complexity limit instead, which prices connections by their page size;
    // Armor's cost grows exponentially with depth, and connections are three levels deep each.
    costLimit: { enabled: false },
    // The schema is public (introspection, schema.graphql): hiding "Did you mean …?" protects nothing and
    // makes typos harder to fix.
    blockFieldSuggestion: { enabled: false },
  });

  const plugins: Plugin[] = [];
  // Counted first, so that even requests refused for other reasons count against a client's budget.
  if (rateLimiter) plugins.push(useRateLimit(rateLimiter, config.trustProxy) as Plugin);
  plugins.push(useBodyLimit(config.maxBodyBytes));
  // The checker page at / (GraphiQL stays at /graphql): answered before anything GraphQL looks at it.
  plugins.push(
    useWebPage(services.webPage === undefined ? loadWebPage(webPageDir()) : services.webPage, GRAPHQL_PATH),
  );
  plugins.push(useCSRFPrevention({ requestHeaders: CSRF_HEADERS }));
  if (allowList) {
    plugins.push(
      usePersistedOperations({
        allowArbitraryOperations: false,
        getPersistedOperation: (id) => allowList.get(id) ?? null,
        extractPersistedOperationId: (params) =>
          requestedOperationId(params as Parameters<typeof requestedOperationId>[0]),
        customErrors: {
          persistedQueryOnly: persistedError(
            'This gateway only answers persisted operations: send the operation’s sha256 as `extensions.persistedQuery.sha256Hash` (or `documentId`), not its text.',
            'PERSISTED_QUERY_ONLY',
          ),
          keyNotFound: persistedError(
            'No operation id: send `extensions: {"persistedQuery": {"version": 1, "sha256Hash": "<sha256 of the operation>"}}` or `documentId`.',
            'PERSISTED_QUERY_ID_REQUIRED',
          ),
          notFound: persistedError(
            'This operation is not on the gateway’s allow-list of persisted operations.',
            'PERSISTED_QUERY_NOT_IN_LIST',
          ),
        },
      }),
    );
  }
  if (cache) {
    plugins.push(
      useResponseCache({
        session: () => null,
        cache,
        ttl: config.cache ? config.cache.ttlMs : 0,
        ttlPerSchemaCoordinate: Object.fromEntries(UNCACHED_QUERY_FIELDS.map((f) => [`Query.${f}`, 0])),
        includeExtensionMetadata: false,
        buildResponseCacheKey: ({ documentString, operationName, variableValues }) =>
          cacheKey(version, documentString, operationName, variableValues),
      }),
      useCacheHeader(),
    );
  }
  plugins.push(...armor.protect().plugins);
  if (prepared) plugins.push(prepared.plugin());

  const examples = readOperations();
  return createYoga<ServerContext, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    logging: yogaLogger(logger),
    context: ({ requestId }) => ({ requestId }),
    cors:
      config.corsOrigins === false
        ? false
        : {
            origin: config.corsOrigins,
            methods: ['GET', 'POST', 'OPTIONS'],
            allowedHeaders: ['content-type', 'accept', ...CSRF_HEADERS],
            exposedHeaders: [
              'x-request-id',
              'x-cache',
              'ratelimit-limit',
              'ratelimit-remaining',
              'ratelimit-reset',
              'retry-after',
            ],
            credentials: false,
            maxAge: 600,
          },
    maxRequestBodySize: config.maxBodyBytes,
    extraParamNames: allowList ? ['documentId'] : [],
    maskedErrors: {
      errorMessage: 'Internal server error',
      isDev: false,
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        if (masked === error) return masked;
        // The client gets the request id (also in the x-request-id header), never a stack; the log gets both.
        const requestId = requestScope.getStore()?.requestId;
        logger.error('unexpected error while serving a request', {
          err: (error as { originalError?: unknown }).originalError ?? error,
        });
        const m = masked as GraphQLError;
        return createGraphQLError(message, {
          nodes: m.nodes,
          path: m.path,
          extensions: {
            code: 'INTERNAL_SERVER_ERROR',
            ...(m.extensions?.http ? { http: m.extensions.http } : {}),
            requestId,
          },
        });
      },
    },
    graphiql: allowList
      ? false
      : {
          title: 'Parley GraphQL',
          defaultTabs: examples.map((op) => ({
            query: `# ${op.title}\n${op.document}\n`,
            variables: op.variables ? JSON.stringify(op.variables, null, 2) : null,
          })),
          defaultEditorToolsVisibility: true,
        },
    renderGraphiQL,
    plugins,
  });
}
