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
import type { DocumentCache } from './document-cache.js';
import { type Logger, requestScope, yogaLogger } from './logger.js';
import { readOperations } from './operations.js';
import { requestedOperationId } from './persisted.js';
import { useBodyLimit } from './plugins/body-limit.js';
import { useCacheHeader } from './plugins/cache-header.js';
import { type ExecutionCounts, useCompiledExecution } from './plugins/compiled-execution.js';
import { useCompression } from './plugins/compression.js';
import { useRateLimit } from './plugins/rate-limit.js';
import type { RateLimiter } from './rate-limit.js';
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
  /** Yoga's parser and validation cache, which never keeps a draft. */
  documents: DocumentCache;
  /** Counts of executions by executor (see compiled-execution.ts). */
  executions: ExecutionCounts;
  /** The checker page's files (see web-page.ts); by default the built @parley/web, read once here. */
  webPage?: ReturnType<typeof loadWebPage> | undefined;
}

/** What the HTTP server passes to Yoga with each request. */
export interface ServerContext {
  req: IncomingMessage;
  requestId: string;
}

const persistedError = (message: string, code: string) => ({
  message,
  extensions: { code, http: { status: 400 } },
});

/** A concern of the gateway, as one or more Yoga plugins, named for logs and tests. */
export interface GatewayPlugin {
  name: string;
  plugins: Plugin[];
}

/**
 * The gateway's plugins, in order, each a concern: rate limiting, the body limit, the checker page at /,
 * CSRF prevention, persisted operations (with an allow-list), compiled execution, the response cache and
 * its X-Cache header, and the parsing and validation limits (GraphQL Armor). Order matters: the rate limit
 * counts every request, even those refused later; the checker page is answered before anything GraphQL
 * looks at the request; the allow-list turns an id into a document before the cache looks it up; compiled
 * execution comes before the response cache, which wraps it.
 */
export function gatewayPlugins(config: GatewayConfig, services: YogaServices): GatewayPlugin[] {
  const { cache, rateLimiter, allowList, executions } = services;
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

  const plugins: GatewayPlugin[] = [];
  const use = (name: string, ...plugin: Plugin[]) => plugins.push({ name, plugins: plugin });
  // Counted first, so that even requests refused for other reasons count against a client's budget.
  if (rateLimiter) use('rate-limit', useRateLimit(rateLimiter, config.trustProxy, GRAPHQL_PATH) as Plugin);
  use('body-limit', useBodyLimit(config.maxBodyBytes));
  // The checker page at / (GraphiQL stays at /graphql).
  use(
    'web-page',
    useWebPage(services.webPage === undefined ? loadWebPage(webPageDir()) : services.webPage, GRAPHQL_PATH),
  );
  use('csrf-prevention', useCSRFPrevention({ requestHeaders: CSRF_HEADERS }));
  if (allowList) {
    use(
      'persisted-operations',
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
  // Before the response cache, which wraps the execute function set before it (see compiled-execution.ts).
  if (config.compileOperations) use('compiled-execution', useCompiledExecution(executions));
  if (cache) {
    use(
      'response-cache',
      useResponseCache({
        session: () => null,
        cache,
        ttl: config.cache ? config.cache.ttlMs : 0,
        ttlPerSchemaCoordinate: Object.fromEntries(UNCACHED_QUERY_FIELDS.map((f) => [`Query.${f}`, 0])),
        includeExtensionMetadata: false,
        buildResponseCacheKey: ({ documentString, operationName, variableValues }) =>
          cacheKey(version, documentString, operationName, variableValues),
      }),
    );
    use('cache-header', useCacheHeader());
  }
  use('armor', ...armor.protect().plugins);
  // Last, so that the answer it compresses carries every header the plugins above set.
  use('compression', useCompression());
  return plugins;
}

/**
 * The GraphQL Yoga instance: schema, masked errors, CORS, GraphiQL, the parser and validation cache that
 * never keeps drafts, and the plugins of {@link gatewayPlugins}.
 */
export function createGatewayYoga(
  config: GatewayConfig,
  services: YogaServices,
  plugins: readonly GatewayPlugin[] = gatewayPlugins(config, services),
) {
  const { schema, logger, allowList, documents } = services;

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
    // The body limit is the body-limit plugin's, which counts only bodies sent without a length.
    maxRequestBodySize: false,
    parserAndValidationCache: documents.options,
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
    plugins: plugins.flatMap((p) => p.plugins),
  });
}
