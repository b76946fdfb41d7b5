import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftOf, freePort, send, startGateway } from '../helpers.js';

// Load and fault tests, bounded and on the loopback: `pnpm --filter @parley/gateway test:load`. Each prints
// its figures. LOAD_SOAK_SECONDS sets the soak's length (600 by default, as the gateway's README reports).

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOAK_SECONDS = Number(process.env.LOAD_SOAK_SECONDS ?? 600);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const post = async (url: string, body: unknown) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, cache: res.headers.get('x-cache'), text };
};

/** A mixed request: cached queries that repeat, uncached ones that differ, and lint of distinct drafts. */
const mixed = (i: number) => {
  switch (i % 4) {
    case 0:
      return { query: '{ people(first: 5) { edges { node { name } } } }' };
    case 1:
      return { query: `{ events(first: ${1 + (i % 97)}) { totalCount edges { node { key } } } }` };
    case 2:
      return { query: `{ search(query: "Medinsky ${i % 13}", first: 3) { edges { score } } }` };
    default:
      return {
        query: 'query($t: String!) { lint(text: $t) { rule } }',
        variables: { t: draftOf(3000, `soak-${i}`) },
      };
  }
};

/** `workers` loops sending `next(i)` until `until()` is true; statuses counted. */
async function drive(url: string, workers: number, until: () => boolean, next: (i: number) => unknown) {
  const statuses = new Map<number | string, number>();
  const caches = { HIT: 0, MISS: 0 };
  let i = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until()) {
        let key: number | string;
        try {
          const r = await post(url, next(i++));
          key = r.status;
          if (r.cache === 'HIT' || r.cache === 'MISS') caches[r.cache]++;
        } catch (e) {
          key = (e as Error).message;
        }
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
    }),
  );
  return { statuses: Object.fromEntries(statuses), caches, requests: i };
}

/** Asks the probe in the gateway a question; its answers come in the order asked. */
const ask = <T>(child: ChildProcess, question: 'heap' | 'requests') =>
  new Promise<T>((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(question);
  });

/** The built gateway (dist/main.js) as a child process, with the heap probe preloaded. */
async function spawnGateway(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--require', `${root}test/load/heap-probe.cjs`, `${root}dist/main.js`],
    {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_MAX: '0', ...env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (c) => {
    stderr += c;
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/health`);
      break;
    } catch {
      if (i > 200 || child.exitCode !== null) throw new Error(`the gateway did not start: ${stderr}`);
      await sleep(50);
    }
  }
  return {
    child,
    base,
    url: `${base}/graphql`,
    /** The gateway's heap used after full collections, in bytes. */
    heapAfterGc: () => ask<{ heapUsed: number }>(child, 'heap').then((m) => m.heapUsed),
    /** How many requests the gateway's HTTP server has received so far. */
    requestsReceived: () => ask<{ requests: number }>(child, 'requests').then((m) => m.requests),
    async close() {
      const exit = once(child, 'exit');
      child.kill('SIGTERM');
      await exit;
    },
  };
}

describe('soak', () => {
  it(
    `${SOAK_SECONDS} s of mixed traffic: no failed request, the gateway's heap grows under 10% after GC`,
    async () => {
      // A separate process, so the heap measured is the gateway's alone (not the clients', nor the test's).
      // Cached answers live 5 s, so the cached queries also miss and run again, again and again. The warm-up
      // outlasts a few such lives: the first run of an operation after its answer expires is when V8 compiles
      // its executor's code for good (about 6 MiB, once), which belongs to the baseline, not to growth.
      const gw = await spawnGateway({ LOG_LEVEL: 'warn', CACHE_TTL: '5' });
      try {
        // Warm up (JIT, pools, the cache's first entries), then take the baseline.
        let stop = Date.now() + 20_000;
        await drive(gw.url, 8, () => Date.now() > stop, mixed);
        const before = await gw.heapAfterGc();
        const started = Date.now();
        stop = started + SOAK_SECONDS * 1000;
        // The heap along the way, a tenth of the soak apart: growth that levels off is the caches filling, growth
        // that keeps on is a leak.
        const along: number[] = [];
        const sampling = (async () => {
          for (let k = 1; k < 10; k++) {
            await sleep(started + (k * SOAK_SECONDS * 1000) / 10 - Date.now());
            along.push(await gw.heapAfterGc());
          }
        })();
        const run = await drive(gw.url, 8, () => Date.now() > stop, mixed);
        await sampling;
        const after = await gw.heapAfterGc();
        const growth = (after - before) / before;
        console.log(
          `soak: ${SOAK_SECONDS} s, ${run.requests} requests (${Math.round(run.requests / SOAK_SECONDS)}/s), statuses ${JSON.stringify(run.statuses)}, cache ${JSON.stringify(run.caches)}; gateway heap after GC ${(before / 2 ** 20).toFixed(1)} → ${(after / 2 ** 20).toFixed(1)} MiB (${(100 * growth).toFixed(1)}%); along the way ${along.map((b) => (b / 2 ** 20).toFixed(1)).join(', ')} MiB`,
        );
        expect(run.statuses).toEqual({ 200: run.requests });
        expect(growth).toBeLessThan(0.1);
      } finally {
        await gw.close();
      }
    },
    (SOAK_SECONDS + 120) * 1000,
  );
});

function redisServer(port: number): ChildProcess {
  const bin = execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
  return spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
}
async function untilRedisAnswers(gwBase: string) {
  for (let i = 0; i < 100; i++) {
    const ready = (await (await fetch(`${gwBase}/ready`)).json()) as { redis: string };
    if (ready.redis === 'ready') return;
    await sleep(100);
  }
  throw new Error('the gateway never reported Redis ready');
}

describe('Redis stopped and restarted under load', () => {
  it('fails no request; only misses while Redis is away, hits again after', async () => {
    const port = await freePort();
    let redis = redisServer(port);
    const gw = await startGateway({ REDIS_URL: `redis://127.0.0.1:${port}`, LOG_LEVEL: 'error' });
    try {
      await untilRedisAnswers(gw.base);
      const repeat = () => ({ query: '{ people(first: 3) { edges { node { name } } } }' });
      const phase = async (ms: number) => {
        const stop = Date.now() + ms;
        return drive(gw.url, 4, () => Date.now() > stop, repeat);
      };
      const up = await phase(2000);
      redis.kill('SIGKILL');
      await once(redis, 'exit');
      const away = await phase(3000);
      redis = redisServer(port);
      await untilRedisAnswers(gw.base);
      const back = await phase(2000);
      console.log(
        `redis: up ${JSON.stringify(up)}; away 3 s ${JSON.stringify(away)}; back ${JSON.stringify(back)}`,
      );
      for (const p of [up, away, back]) expect(p.statuses).toEqual({ 200: p.requests });
      expect(up.caches.HIT).toBeGreaterThan(0);
      expect(away.caches.HIT).toBe(0);
      expect(back.caches.HIT).toBeGreaterThan(0);
    } finally {
      await gw.close();
      redis.kill('SIGKILL');
    }
  }, 60_000);
});

describe('SIGTERM under load', () => {
  it('finishes every accepted request, refuses new connections, exits 0', async () => {
    const gw = await spawnGateway({ LOG_LEVEL: 'warn' });
    const exit = once(gw.child, 'exit') as Promise<[number | null]>;
    const url = gw.url;
    const lint = (i: number) =>
      post(url, {
        query: 'query($t: String!) { lint(text: $t) { rule } }',
        variables: { t: draftOf(150_000, `term-${i}`) },
      });
    const received = await gw.requestsReceived();
    const inFlight = Array.from({ length: 12 }, (_, i) => lint(i));
    // Only once the gateway has received all twelve (a connection still in the kernel's backlog when the
    // listener closes is refused, as on any server: that request was sent, never accepted).
    while ((await gw.requestsReceived()) < received + 12) await sleep(20);
    gw.child.kill('SIGTERM');
    const answers = await Promise.allSettled(inFlight);
    const [code] = await exit;
    const statuses = answers.map((a) => (a.status === 'fulfilled' ? a.value.status : String(a.reason)));
    console.log(
      `sigterm: ${statuses.length} lint requests of 150,000 characters in flight: ${JSON.stringify(statuses)}; exit ${code}`,
    );
    expect(statuses).toEqual(Array(12).fill(200));
    expect(code).toBe(0);
    await expect(fetch(`${gw.base}/health`)).rejects.toThrow();
  }, 120_000);
});

describe('1 MiB bodies of every shape', () => {
  it('refuses or answers each with the right status and a clear error, and keeps serving', async () => {
    const gw = await startGateway({ LOG_LEVEL: 'error' });
    try {
      const MiB = 2 ** 20;
      // The GraphQL-over-HTTP media type, whose request errors carry their HTTP status (application/json's are 200).
      const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
      const withLength = (b: string) => ({ ...json, 'content-length': String(Buffer.byteLength(b)) });
      const cases: [string, Promise<{ status: number; text: string }>, number, RegExp][] = [];
      const big = JSON.stringify({ query: `# ${'x'.repeat(MiB)}\n{ dataset { version } }` });
      cases.push(['a JSON body over the limit', send(gw.url, big, withLength(big)), 413, /too large/i]);
      cases.push([
        'the same, chunked without Content-Length',
        send(gw.url, big, json, 'POST', true),
        413,
        /too large/i,
      ]);
      const nested = JSON.stringify({
        query: `{ ${'dataset { '.repeat(60_000)}version${' }'.repeat(60_000)} }`,
      });
      cases.push([
        'deep nesting just under 1 MiB',
        send(gw.url, nested, withLength(nested)),
        400,
        /Token limit|depth/,
      ]);
      const aliases = JSON.stringify({
        query: `{ ${Array.from({ length: 30_000 }, (_, i) => `a${i}: dataset { version }`).join(' ')} }`,
      });
      cases.push([
        '30,000 aliases (about 800 KB)',
        send(gw.url, aliases, withLength(aliases)),
        400,
        /Token limit|alias/i,
      ]);
      const vars = JSON.stringify({
        query: '{ dataset { version } }',
        variables: Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`v${i}`, 'x'.repeat(10)])),
      });
      cases.push(['a huge variables object', send(gw.url, vars, withLength(vars)), 200, /"version"/]);
      const invalid = `{"query": "{ dataset { version } }", ${'x'.repeat(900_000)}`;
      cases.push(['invalid JSON', send(gw.url, invalid, withLength(invalid)), 400, /JSON|parse/i]);
      const longUrl = `${gw.url}?query=${encodeURIComponent(`{ dataset { version } } #${'x'.repeat(MiB)}`)}`;
      cases.push(['a GET with a 1 MiB query string', send(longUrl, undefined, {}, 'GET'), 431, /.*/]);
      const results: string[] = [];
      for (const [name, pending, status, message] of cases) {
        const r = await pending.catch((e: Error) => ({ status: -1, text: e.message }));
        results.push(`${name}: ${r.status}`);
        expect([name, r.status], r.text.slice(0, 300)).toEqual([name, status]);
        expect(r.text.slice(0, 2000), name).toMatch(message);
      }
      console.log(`1 MiB bodies: ${results.join('; ')}`);
      const health = await fetch(`${gw.base}/health`);
      expect(health.status).toBe(200);
    } finally {
      await gw.close();
    }
  }, 120_000);
});
