import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { version } from '@parley/dataset';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, ok, startGateway, type TestGateway } from './helpers.js';

// A real Redis from Debian's packages (scripts/ensure-redis.sh installs it), started on a free port for
// these tests and stopped after them.

function redisServerBinary(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'redis-server is not installed: run apps/gateway/scripts/ensure-redis.sh (Debian: apt-get install redis-server)',
    );
  }
}

let port: number;
let server: ChildProcess | undefined;
let client: Redis;
const gateways: TestGateway[] = [];

async function startRedis(): Promise<void> {
  server = spawn(
    redisServerBinary(),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  // Wait until it answers.
  for (let i = 0; i < 100; i++) {
    const probe = new Redis(port, '127.0.0.1', {
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return;
    } catch {
      probe.disconnect();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`redis-server did not start on port ${port}`);
}

async function stopRedis(): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
  server = undefined;
}

const replica = async (env: Record<string, string> = {}) => {
  const gw = await startGateway({ REDIS_URL: `redis://127.0.0.1:${port}`, ...env });
  gateways.push(gw);
  return gw;
};

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  client = new Redis(port, '127.0.0.1');
  // The test's own connection sees the outage the last test causes on purpose.
  client.on('error', () => {});
});

afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
  if (server) await client.flushall();
});

afterAll(async () => {
  client.disconnect();
  await stopRedis();
});

describe('with REDIS_URL: a response cache shared by replicas', () => {
  it('a response computed by one replica is served from Redis by another', async () => {
    const a = await replica();
    const b = await replica();
    const query = '{ dataset { version counts { kind count } } }';
    const first = await a.gql(query);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const second = await b.gql(query);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
    // Keyed by the dataset version, with the configured lifetime.
    const keys = await client.keys(`parley:${version}:*`);
    expect(keys.length).toBe(1);
    const ttl = await client.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(3_500_000);
    expect(ttl).toBeLessThanOrEqual(3_600_000);
    // No unbounded bookkeeping sets: the only keys are the response and the rate limit ones.
    expect((await client.keys('*')).filter((k) => !k.startsWith('parley:'))).toEqual([]);
  });

  it('variables are part of the key, in any order', async () => {
    const a = await replica();
    const b = await replica();
    const q = 'query($k: String!, $n: Int) { person(key: $k) { name quotes(first: $n) { totalCount } } }';
    await a.gql(q, { k: 'rustem-umerov', n: 2 });
    expect((await b.gql(q, { n: 2, k: 'rustem-umerov' })).headers.get('x-cache')).toBe('HIT');
    expect((await b.gql(q, { n: 3, k: 'rustem-umerov' })).headers.get('x-cache')).toBe('MISS');
  });

  it('never stores drafts: lint and hover are not cached', async () => {
    const a = await replica();
    const q = '{ lint(text: "Unpublished: Russia launched 427 drones [@reuters-far-apart].") { rule } }';
    await a.gql(q);
    expect((await a.gql(q)).headers.get('x-cache')).toBe('MISS');
    for (const key of await client.keys('parley:*')) {
      expect(await client.get(key).catch(() => '')).not.toContain('Unpublished');
    }
  });
});

describe('with REDIS_URL: rate limits shared by replicas', () => {
  it('counts a client’s requests across replicas and refuses the excess with 429', async () => {
    const env = { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW: '60' };
    const a = await replica(env);
    const b = await replica(env);
    const q = '{ dataset { version } }';
    const statuses = [];
    for (const gw of [a, b, a]) {
      const res = await gw.gql(q);
      statuses.push(res.status);
      expect(res.headers.get('ratelimit-limit')).toBe('3');
    }
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await b.gql(q);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^Too many requests: the limit is 3 per 60 s per client\. Retry in \d+ s\.$/,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The window lives in Redis, with an expiry.
    const [key] = await client.keys('parley:ratelimit:*');
    expect(await client.get(key!)).toBe('4');
    expect(await client.pttl(key!)).toBeGreaterThan(0);
    // Health checks are never limited, and the replica keeps serving them.
    expect((await fetch(`${a.base}/health`)).status).toBe(200);
  });
});

describe('when Redis goes away', () => {
  it('keeps serving without cache and limits, and uses Redis again when it is back', async () => {
    const a = await replica({ RATE_LIMIT_MAX: '1000' });
    const q = '{ sources(first: 1) { edges { node { key } } } }';
    ok(await a.gql(q));
    await stopRedis();
    const during = await a.gql(q);
    expect(during.status).toBe(200);
    expect(during.headers.get('x-cache')).toBe('MISS');
    const ready = (await (await fetch(`${a.base}/ready`)).json()) as { status: string; redis: string };
    expect(ready.status).toBe('ready');
    expect(ready.redis).not.toBe('ready');
    expect(a.logs.some((l) => l.level === 'warn' && String(l.msg).includes('Redis'))).toBe(true);

    await startRedis();
    // ioredis reconnects on its own (retry every ≤ 2 s).
    let cached = false;
    for (let i = 0; i < 60 && !cached; i++) {
      await a.gql(q);
      cached = (await a.gql(q)).headers.get('x-cache') === 'HIT';
      if (!cached) await new Promise((r) => setTimeout(r, 100));
    }
    expect(cached).toBe(true);
  });
});
