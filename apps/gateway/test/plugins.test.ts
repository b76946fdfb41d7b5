import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './helpers.js';

// Every request goes through Yoga's plugin chain: there is no path around it. This test lists the
// gateway's plugins and, for each, sends the same request three times and checks that the plugin acted on
// every one of them, the second and third included (a path that skipped plugins for repeated operations
// would fail here). A plugin added without a probe fails the first test.

const root = fileURLToPath(new URL('..', import.meta.url));

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function send(gw: TestGateway, init: RequestInit & { path?: string } = {}): Promise<Answer> {
  const { path = '/graphql', ...rest } = init;
  const res = await fetch(`${gw.base}${path}`, {
    method: 'POST',
    ...rest,
    // A GET goes without a content type: a simple request, as a cross-site link makes it.
    headers:
      rest.method === 'GET'
        ? {}
        : { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const json = (body: unknown) => ({ body: JSON.stringify(body) });
const codes = (a: Answer) =>
  (JSON.parse(a.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.map(
    (e) => e.extensions?.code,
  );

/** Three identical requests, and what each plugin must have done to each answer. */
type Probe = (gw: TestGateway) => Promise<void>;

const thrice = async (gw: TestGateway, init: RequestInit & { path?: string }) => [
  await send(gw, init),
  await send(gw, init),
  await send(gw, init),
];

const PROBES: Record<string, Probe> = {
  'rate-limit': async (gw) => {
    const before = Number(
      (await send(gw, json({ query: '{ dataset { version } }' }))).headers.get('ratelimit-remaining'),
    );
    const answers = await thrice(gw, json({ query: '{ dataset { version } }' }));
    expect(answers.map((a) => Number(a.headers.get('ratelimit-remaining')))).toEqual([
      before - 1,
      before - 2,
      before - 3,
    ]);
  },
  'body-limit': async (gw) => {
    const answers = await thrice(gw, json({ query: `# ${'x'.repeat(3000)}\n{ dataset { version } }` }));
    expect(answers.map((a) => [a.status, codes(a)])).toEqual(Array(3).fill([413, ['PAYLOAD_TOO_LARGE']]));
  },
  'web-page': async (gw) => {
    // Built or not, the page at / is the checker's own answer on every request, never GraphQL's.
    const answers = await thrice(gw, { method: 'GET', path: '/' });
    const statuses = answers.map((a) => a.status);
    expect([
      [200, 200, 200],
      [503, 503, 503],
    ]).toContainEqual(statuses);
    expect(answers.every((a) => a.headers.get('content-security-policy'))).toBe(statuses[0] === 200);
  },
  'csrf-prevention': async (gw) => {
    const answers = await thrice(gw, {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ dataset { version } }')}`,
    });
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403]);
  },
  'compiled-execution': async (gw) => {
    // lint is never cached, so every request executes: graphql-js first, then compiled.
    const body = json({
      query: 'query($text: String!) { lint(text: $text) { rule } }',
      variables: { text: 'Russia launched 427 drones [@reuters-far-apart].' },
    });
    const counts = [];
    for (const _ of [1, 2, 3]) {
      expect((await send(gw, body)).status).toBe(200);
      counts.push(gw.gateway.executions.compiled);
    }
    expect([counts[1]! - counts[0]!, counts[2]! - counts[1]!]).toEqual([1, 1]);
  },
  'response-cache': async (gw) => {
    const answers = await thrice(gw, json({ query: '{ sources(first: 3) { totalCount } }' }));
    expect(answers.map((a) => Boolean(a.headers.get('etag')))).toEqual([true, true, true]);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
  },
  'cache-header': async (gw) => {
    const answers = await thrice(gw, json({ query: '{ people(first: 2) { totalCount } }' }));
    expect(answers.map((a) => a.headers.get('x-cache'))).toEqual(['MISS', 'HIT', 'HIT']);
  },
  armor: async (gw) => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: dataset { version }`).join(' ');
    const answers = await thrice(gw, json({ query: `{ ${aliases} }` }));
    expect(answers.map((a) => [a.status, codes(a)])).toEqual(Array(3).fill([400, ['TOO_MANY_ALIASES']]));
  },
  compression: async (gw) => {
    const answers = await thrice(gw, {
      ...json({ query: '{ people(first: 50) { edges { node { name description } } } }' }),
    });
    // Node's fetch asks for gzip and decodes it; the header says the gateway compressed every answer.
    expect(answers.map((a) => a.headers.get('content-encoding'))).toEqual(['gzip', 'gzip', 'gzip']);
  },
};

describe('the plugin chain, default configuration', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway({ RATE_LIMIT_MAX: '1000', MAX_BODY_BYTES: '2048' });
  });
  afterAll(() => gw.close());

  it('lists the plugins in order, each with a probe', () => {
    expect(gw.gateway.plugins).toEqual(Object.keys(PROBES).filter((n) => n !== 'persisted-operations'));
  });

  it.each(Object.keys(PROBES))(
    '%s applies to the first, second and third identical request',
    async (name) => {
      await PROBES[name]!(gw);
    },
  );
});

describe('the plugin chain with an allow-list', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway({ PERSISTED_OPERATIONS: `${root}operations/allow-list.json` });
  });
  afterAll(() => gw.close());

  it('adds persisted operations after CSRF prevention', () => {
    expect(gw.gateway.plugins.slice(0, 4)).toEqual([
      'body-limit',
      'web-page',
      'csrf-prevention',
      'persisted-operations',
    ]);
  });

  it('persisted-operations refuses an operation off the list on every request', async () => {
    const answers = await thrice(gw, json({ query: '{ dataset { version } }' }));
    expect(answers.map((a) => [a.status, codes(a)])).toEqual(Array(3).fill([400, ['PERSISTED_QUERY_ONLY']]));
  });
});
