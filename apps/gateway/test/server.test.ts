import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, readConfig } from '../src/server/config.js';
import { readOperations } from '../src/server/operations.js';
import { operationId } from '../src/server/persisted.js';
import { clientAddress } from '../src/server/rate-limit.js';
import { freePort, ok, startGateway, type TestGateway } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('HTTP endpoints', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw.close());

  it('/health and /ready answer JSON', async () => {
    const health = await fetch(`${gw.base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${gw.base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', redis: 'not configured' });
  });

  it('serves GraphiQL at /graphql to browsers, opening with the example operations', async () => {
    const res = await fetch(gw.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Parley GraphQL');
    for (const op of readOperations()) expect(html).toContain(JSON.stringify(op.title).slice(1, -1));
    // The page is self-contained: no script from a CDN.
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('logs one JSON line per request, with the request id and without the query string', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent('{ dataset { version } }')}&secret=draft`, {
      headers: { 'x-graphql-yoga-csrf': '1', 'x-request-id': 'trace-123' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    await new Promise((r) => setTimeout(r, 20));
    const line = gw.logs.find((l) => l.msg === 'request' && l.requestId === 'trace-123');
    expect(line).toMatchObject({ level: 'info', method: 'GET', path: '/graphql', status: 200 });
    expect(typeof line?.time).toBe('string');
    expect(typeof line?.ms).toBe('number');
    expect(JSON.stringify(line)).not.toContain('secret');
  });

  it('caches responses in memory, keyed by the dataset version (ETag)', async () => {
    const q = '{ people(first: 3) { edges { node { name } } } }';
    const first = await gw.gql(q);
    const second = await gw.gql(q);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('etag')).toMatch(/^parley:/);
  });
});

describe('CORS', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway({ CORS_ORIGINS: 'https://cms.example.org' });
  });
  afterAll(() => gw.close());

  it('allows the configured origins, and answers preflights', async () => {
    const res = await gw.gql('{ dataset { version } }', undefined, { origin: 'https://cms.example.org' });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://cms.example.org');
    const preflight = await fetch(gw.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://cms.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('does not allow other origins', async () => {
    const res = await gw.gql('{ dataset { version } }', undefined, { origin: 'https://elsewhere.example' });
    expect(res.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});

describe('rate limiting (in memory)', () => {
  it('refuses a client over its budget with 429 and a clear error, and keeps serving others', async () => {
    const gw = await startGateway({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW: '60', TRUST_PROXY: '1' });
    try {
      const q = '{ dataset { version } }';
      const as = (ip: string) => gw.gql(q, undefined, { 'x-forwarded-for': ip });
      expect((await as('203.0.113.1')).status).toBe(200);
      const second = await as('203.0.113.1');
      expect(second.headers.get('ratelimit-remaining')).toBe('0');
      const third = await as('203.0.113.1');
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(third.body.errors?.[0]?.message).toMatch(
        /^Too many requests: the limit is 2 per 60 s per client/,
      );
      // Another client (behind the same trusted proxy) has its own budget.
      expect((await as('203.0.113.2')).status).toBe(200);
      expect((await fetch(`${gw.base}/health`)).status).toBe(200);
    } finally {
      await gw.close();
    }
  });

  it('trusts X-Forwarded-For only as far as TRUST_PROXY says', () => {
    expect(clientAddress('10.0.0.5', '198.51.100.7', 0)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '198.51.100.7', 1)).toBe('198.51.100.7');
    // A client cannot pick its own budget by sending a forged header through one proxy.
    expect(clientAddress('10.0.0.5', 'forged, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:127.0.0.1', undefined, 1)).toBe('127.0.0.1');
  });
});

describe('persisted operations mode', () => {
  let gw: TestGateway;
  const ops = readOperations();
  beforeAll(async () => {
    gw = await startGateway({ PERSISTED_OPERATIONS: `${root}operations/allow-list.json` });
  });
  afterAll(() => gw.close());

  const send = (body: unknown) =>
    fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { data?: unknown; errors?: { message: string }[] },
    }));

  it('answers the operations of the allow-list by hash', async () => {
    const op = ops.find((o) => o.document.includes('dataset'))!;
    const res = await send({
      extensions: { persistedQuery: { version: 1, sha256Hash: operationId(op.document) } },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toBeTruthy();
    const byDocumentId = await send({ documentId: `sha256:${operationId(op.document)}` });
    expect(byDocumentId.body.data).toEqual(res.body.data);
  });

  it('refuses any other operation, with a clear error', async () => {
    const text = await send({ query: '{ dataset { version } }' });
    expect(text.status).toBe(400);
    expect(text.body.errors?.[0]?.message).toContain('only answers persisted operations');
    const unknown = await send({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.message).toBe(
      'This operation is not on the gateway’s allow-list of persisted operations.',
    );
  });

  it('operations/allow-list.json is current (regenerate: node scripts/persist-operations.mjs)', () => {
    const committed = JSON.parse(readFileSync(`${root}operations/allow-list.json`, 'utf8'));
    expect(committed).toEqual(Object.fromEntries(ops.map((o) => [operationId(o.document), o.document])));
  });

  it('refuses to start with an allow-list entry that is not the hash of its operation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-allow-'));
    writeFileSync(`${dir}/bad.json`, JSON.stringify({ abc: '{ dataset { version } }' }));
    await expect(startGateway({ PERSISTED_OPERATIONS: `${dir}/bad.json` })).rejects.toThrow(
      /"abc" is not the sha256 of its operation/,
    );
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight requests, reports not ready, then stops accepting', async () => {
    let release: () => void = () => {};
    const slow = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          slow: {
            type: GraphQLString,
            resolve: () =>
              new Promise((resolve) => {
                release = () => resolve('done');
              }),
          },
        },
      }),
    });
    const gw = await startGateway({ CACHE_TTL: '0' }, {}, { schema: slow });
    const inFlight = gw.gql<{ slow: string }>('{ slow }');
    await new Promise((r) => setTimeout(r, 100));
    const closing = gw.close();
    expect(gw.gateway.ready).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(ok(await inFlight).slow).toBe('done');
    await closing;
    await expect(fetch(`${gw.base}/health`)).rejects.toThrow();
  });
});

/** Runs dist/main.js (the build `pnpm test` runs first) and collects its JSON log lines. */
function runMain(args: string[], env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [`${root}dist/main.js`, ...args], {
    env: { ...process.env, LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  let buffer = '';
  child.stdout!.on('data', (chunk) => {
    buffer += chunk;
    let i = buffer.indexOf('\n');
    while (i >= 0) {
      lines.push(JSON.parse(buffer.slice(0, i)));
      buffer = buffer.slice(i + 1);
      i = buffer.indexOf('\n');
    }
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const waitFor = async (predicate: () => boolean, what: string) => {
    for (let i = 0; i < 300 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
    if (!predicate())
      throw new Error(`timed out waiting for ${what}; stderr: ${stderr}; logs: ${JSON.stringify(lines)}`);
  };
  const exit = once(child, 'exit') as Promise<[number | null, string | null]>;
  return { child, lines, waitFor, exit, stderr: () => stderr };
}

describe('the entry point (dist/main.js)', () => {
  it('serves, and exits 0 after draining on SIGTERM', async () => {
    const port = await freePort();
    const main = runMain([], { PORT: String(port) });
    await main.waitFor(() => main.lines.some((l) => l.msg === 'listening'), 'listening');
    expect(main.lines.find((l) => l.msg === 'listening')).toMatchObject({
      page: `http://localhost:${port}/`,
      url: `http://localhost:${port}/graphql`,
    });
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ dataset { version } }' }),
    });
    expect(res.status).toBe(200);
    main.child.kill('SIGTERM');
    const [code] = await main.exit;
    expect(code).toBe(0);
    expect(main.lines.map((l) => l.msg)).toContain('stopped');
  });

  it('runs a cluster with --workers N, sharing the port, and stops it on SIGTERM', async () => {
    const port = await freePort();
    const main = runMain(['--workers', '2'], { PORT: String(port) });
    await main.waitFor(
      () => main.lines.filter((l) => l.msg === 'listening').length === 2,
      'two workers listening',
    );
    const pids = new Set(main.lines.filter((l) => l.msg === 'listening').map((l) => l.pid));
    expect(pids.size).toBe(2);
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      expect(res.status).toBe(200);
    }
    main.child.kill('SIGTERM');
    const [code] = await main.exit;
    expect(code).toBe(0);
    expect(main.lines.filter((l) => l.msg === 'stopped').length).toBe(2);
    expect(main.lines.map((l) => l.msg)).toContain('cluster: stopped');
  });

  it('refuses a bad configuration with exit code 2 and says what is wrong', async () => {
    const main = runMain([], { PORT: 'eighty' });
    const [code] = await main.exit;
    expect(code).toBe(2);
    expect(main.stderr()).toBe('parley-gateway: PORT must be an integer from 0 to 65535; got "eighty".\n');
  });
});

describe('configuration', () => {
  it('has safe defaults: port 4000, 1 worker, in-memory cache and limits', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ port: 4000, workers: 1, redisUrl: undefined, corsOrigins: '*', trustProxy: 0 });
    expect(c.rateLimit).toEqual({ max: 300, windowMs: 60_000 });
    expect(c.cache).toEqual({ ttlMs: 3_600_000, maxEntries: 10_000 });
    expect(c.maxBodyBytes).toBe(1_048_576);
  });

  it('reads the command line over the environment', () => {
    expect(readConfig({ PORT: '5000', WORKERS: '2' }, ['--port', '6000', '--workers=3'])).toMatchObject({
      port: 6000,
      workers: 3,
    });
  });

  it('names the setting and what it should be', () => {
    expect(() => readConfig({ WORKERS: '0' })).toThrow(
      new ConfigurationError('WORKERS must be an integer from 1 to 64; got "0".'),
    );
    expect(() => readConfig({ REDIS_URL: 'localhost:6379' })).toThrow(
      'REDIS_URL must be a redis:// or rediss:// URL',
    );
    expect(() => readConfig({ CORS_ORIGINS: 'cms.example.org' })).toThrow(
      'CORS_ORIGINS must be *, none, or origins',
    );
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(
      'LOG_LEVEL must be one of debug, info, warn, error, silent',
    );
    expect(() => readConfig({}, ['--verbose'])).toThrow('unknown option --verbose');
  });
});
