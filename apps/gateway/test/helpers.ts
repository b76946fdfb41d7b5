import { once } from 'node:events';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { type GatewayConfig, readConfig } from '../src/server/config.js';
import { createGateway, type Gateway } from '../src/server/http.js';
import { createLogger } from '../src/server/logger.js';

/** A GraphQL response as a test sees it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
  };
}

/** A gateway listening on an ephemeral port of 127.0.0.1, with its log lines captured. */
export interface TestGateway {
  gateway: Gateway;
  /** http://127.0.0.1:PORT */
  base: string;
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  /** Parsed JSON log lines. */
  logs: Record<string, unknown>[];
  /** POSTs an operation as JSON (the way most clients do). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts a gateway in this process on a free port. The configuration is the real one read from `env`
 * (defaults otherwise), with the rate limit off unless the test sets it, so tests do not trip over it.
 */
export async function startGateway(
  env: Record<string, string> = {},
  overrides: Partial<GatewayConfig> = {},
  options: Parameters<typeof createGateway>[1] = {},
): Promise<TestGateway> {
  const config = { ...readConfig({ RATE_LIMIT_MAX: '0', ...env }), port: 0, host: '127.0.0.1', ...overrides };
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', {}, (line) => logs.push(JSON.parse(line)));
  const gateway = await createGateway(config, { logger, ...options });
  const { port } = await gateway.listen();
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;
  return {
    gateway,
    base,
    url,
    logs,
    async gql(query, variables, headers = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
    close: () => gateway.close(),
  };
}

/** The data of a response that must have succeeded, failing with the errors otherwise. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.status !== 200 || res.body.errors?.length || !res.body.data) {
    throw new Error(`expected success, got ${res.status}: ${JSON.stringify(res.body.errors ?? res.body)}`);
  }
  return res.body.data;
}

/** Nodes of a connection. */
export const nodes = <T>(connection: { edges: { node: T }[] }): T[] => connection.edges.map((e) => e.node);

/** The Relay global id of a record, as the API encodes it. */
export const globalId = (typeName: string, key: string): string =>
  Buffer.from(`${typeName}:${key}`).toString('base64');

/**
 * A draft of at least `n` characters in the shape reporters write, with findings along the way; `seed`
 * makes each draft distinct (tests that send many drafts).
 */
export function draftOf(n: number, seed = ''): string {
  const sentences = [
    'Russia launched 427 drones overnight, Ukraine’s air force said [@reuters-far-apart].',
    'Vladimir Medinsky led the Russian delegation in Istanbul.',
    'Rustem Umerov, Ukraine’s defence minister, headed the Ukrainian side.',
    'The talks lasted less than two hours, officials said.',
  ];
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const s = `${sentences[i % sentences.length]}${seed ? ` ${seed}-${i}` : ''}`;
    out.push(s);
    length += s.length + 1;
  }
  return out.join(' ');
}

/** A TCP port of 127.0.0.1 free right now (for servers the test starts as child processes). */
export async function freePort(): Promise<number> {
  const srv = createServer().listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as { port: number };
  srv.close();
  return port;
}

/** A request sent with node:http, so the test controls Content-Length and chunking. */
export function send(
  url: string,
  body: string | undefined,
  headers: Record<string, string>,
  method = 'POST',
  chunked = false,
) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    if (body !== undefined && chunked) {
      for (let i = 0; i < body.length; i += 65536) req.write(body.slice(i, i + 65536));
      req.end();
    } else req.end(body);
  });
}
