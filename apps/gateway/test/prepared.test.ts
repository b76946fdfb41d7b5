import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOperations } from '../src/server/operations.js';
import { globalId, startGateway, type TestGateway } from './helpers.js';

// Prepared operations answer a repeated operation text without the Yoga pipeline (src/server/prepared.ts).
// Yoga stays the reference: a gateway with them (`prepared`) must answer every request byte for byte as a
// gateway without them (`reference`) does, on the first request for a text and on every later one: the
// first goes through Yoga, the second through Yoga's executor (and proves the compiled operation), the
// third and later through the compiled operation.

/** One raw POST: status, the headers that matter to clients, and the body exactly as sent. */
async function post(gw: TestGateway, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    cache: res.headers.get('x-cache'),
    etag: res.headers.get('etag'),
    remaining: res.headers.get('ratelimit-remaining'),
    text: await res.text(),
  };
}

const EXTRA: { name: string; body: Record<string, unknown> }[] = [
  {
    name: 'fragments, aliases and @include',
    body: {
      query: `query($withQuotes: Boolean!) {
        a: person(key: "vladimir-medinsky") { ...who quotes(first: 2) @include(if: $withQuotes) { totalCount } }
        b: person(key: "rustem-umerov") { ...who }
      }
      fragment who on Person { id name names { text status } }`,
      variables: { withQuotes: true },
    },
  },
  {
    name: 'an abstract type through node(id)',
    body: {
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Person { name } ... on Source { key title } } }`,
      variables: {
        ids: [globalId('Person', 'rustem-umerov'), globalId('Source', 'nyt-little-progress'), 'bm9wZTpub3Bl'],
      },
    },
  },
  {
    name: 'one of several operations by name',
    body: {
      query:
        'query A { dataset { version } } query B { sources(first: 2) { totalCount edges { cursor node { key publishedAt } } } }',
      operationName: 'B',
    },
  },
  {
    name: 'lint (never cached)',
    body: { query: '{ lint(text: "Russia launched 427 drones [@reuters-far-apart].") { rule message } }' },
  },
  {
    name: 'an execution error: a page size out of range',
    body: { query: '{ people(first: 1000) { totalCount } }' },
  },
  {
    name: 'over the cost limit, every time',
    body: {
      query:
        'query($n: Int) { people(first: $n) { edges { node { quotes(first: $n) { edges { node { sources(first: $n) { totalCount } } } } } } } }',
      variables: { n: 100 },
    },
  },
  {
    name: 'within the cost limit with some variables and over it with others',
    body: {
      query:
        'query($n: Int) { people(first: $n) { edges { node { quotes(first: $n) { edges { node { sources(first: $n) { totalCount } } } } } } } }',
      variables: { n: 2 },
    },
  },
  {
    name: 'a variable of the wrong type',
    body: { query: 'query($n: Int) { people(first: $n) { totalCount } }', variables: { n: 'five' } },
  },
  {
    name: 'no operation name where one is needed',
    body: { query: 'query A { dataset { version } } query B { dataset { version } }' },
  },
];

const cases = [
  ...readOperations().map((op) => ({
    name: op.file,
    body: { query: op.document, ...(op.variables ? { variables: op.variables } : {}) },
  })),
  ...EXTRA,
];

describe.each<{ mode: string; env: Record<string, string> }>([
  { mode: 'with the response cache', env: {} },
  { mode: 'without the response cache', env: { CACHE_TTL: '0' } },
])('prepared operations, $mode', ({ env }) => {
  let reference: TestGateway;
  let prepared: TestGateway;
  beforeAll(async () => {
    reference = await startGateway({ ...env, PREPARE_OPERATIONS: '0' });
    prepared = await startGateway(env);
  });
  afterAll(async () => {
    await reference.close();
    await prepared.close();
  });

  it.each(cases)('$name: the same answer on the first request and on every later one', async ({ body }) => {
    const expected = [];
    const got = [];
    for (let i = 0; i < 4; i++) {
      const { etag: _e, ...r } = await post(reference, body);
      expected.push(r);
      const { etag: _f, ...p } = await post(prepared, body);
      got.push(p);
    }
    expect(got).toEqual(expected);
  });

  it('answers in the media type the client asks for', async () => {
    const body = { query: '{ dataset { version } }' };
    for (const accept of ['application/graphql-response+json', 'application/json', '*/*', 'text/html']) {
      const want = await post(reference, body, { accept });
      await post(prepared, body, { accept });
      const { etag: _e, ...again } = await post(prepared, body, { accept });
      const { etag: _f, ...ref } = await post(reference, body, { accept });
      expect(again, accept).toEqual(ref);
      expect(again.status, accept).toBe(want.status);
    }
  });
});

describe('which path answers', () => {
  const body = { query: '{ person(key: "rustem-umerov") { id name offices(first: 2) { totalCount } } }' };
  const via = async (env: Record<string, string>) => {
    const gw = await startGateway(env);
    try {
      for (let i = 0; i < 4; i++) expect((await post(gw, body)).status).toBe(200);
      return gw.logs.filter((l) => l.msg === 'request').map((l) => l.via);
    } finally {
      await gw.close();
    }
  };

  it('uncached: Yoga first, then its executor once, then the compiled operation', async () => {
    expect(await via({ CACHE_TTL: '0' })).toEqual(['yoga', 'executor', 'compiled', 'compiled']);
  });

  it('cached: Yoga first, then the cache', async () => {
    expect(await via({})).toEqual(['yoga', 'cache', 'cache', 'cache']);
  });

  it('every path answers with the request id, the rate limit and the cache headers', async () => {
    const gw = await startGateway({ RATE_LIMIT_MAX: '100' });
    try {
      const seen = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(gw.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': `trace-${i}` },
          body: JSON.stringify(body),
        });
        await res.text();
        seen.push({
          id: res.headers.get('x-request-id'),
          type: res.headers.get('content-type'),
          remaining: res.headers.get('ratelimit-remaining'),
          limit: res.headers.get('ratelimit-limit'),
          cache: res.headers.get('x-cache'),
          etag: Boolean(res.headers.get('etag')),
          lastModified: Boolean(res.headers.get('last-modified')),
        });
      }
      const common = {
        type: 'application/json; charset=utf-8',
        limit: '100',
        etag: true,
        lastModified: true,
      };
      expect(seen).toEqual([
        { ...common, id: 'trace-0', remaining: '99', cache: 'MISS' },
        { ...common, id: 'trace-1', remaining: '98', cache: 'HIT' },
        { ...common, id: 'trace-2', remaining: '97', cache: 'HIT' },
      ]);
      expect(gw.logs.filter((l) => l.msg === 'request').map((l) => [l.requestId, l.via, l.cache])).toEqual([
        ['trace-0', 'yoga', 'MISS'],
        ['trace-1', 'cache', 'HIT'],
        ['trace-2', 'cache', 'HIT'],
      ]);
    } finally {
      await gw.close();
    }
  });

  it('without prepared operations: Yoga every time', async () => {
    expect(await via({ PREPARE_OPERATIONS: '0' })).toEqual(['yoga', 'yoga', 'yoga', 'yoga']);
  });
});

describe('prepared operations and the rate limit', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway({ RATE_LIMIT_MAX: '4', RATE_LIMIT_WINDOW: '60' });
  });
  afterAll(() => gw.close());

  it('count each request once, also when an erring one is handed back to Yoga, and refuse the excess', async () => {
    const body = { query: '{ people(first: 1000) { totalCount } }' };
    const seen = [];
    for (let i = 0; i < 5; i++) {
      const r = await post(gw, body);
      seen.push([r.status, r.remaining]);
    }
    expect(seen).toEqual([
      [400, '3'],
      [400, '2'],
      [400, '1'],
      [400, '0'],
      [429, '0'],
    ]);
  });
});
