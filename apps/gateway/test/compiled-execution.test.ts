import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOperations } from '../src/server/operations.js';
import { draftOf, globalId, startGateway, type TestGateway } from './helpers.js';

// Compiled execution (src/server/plugins/compiled-execution.ts) runs a repeated document with graphql-jit
// instead of graphql-js. graphql-js stays the reference: a gateway compiling operations must answer every
// request byte for byte as a gateway that does not (COMPILE_OPERATIONS=0), on the first request for a
// document (graphql-js) and on every later one (compiled).

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
    text: await res.text(),
  };
}

const LINT_QUERY = 'query($text: String!) { lint(text: $text) { rule severity message start end } }';

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
    name: 'one of several operations by name (B)',
    body: {
      query:
        'query A { dataset { version } } query B { sources(first: 2) { totalCount edges { cursor node { key publishedAt } } } }',
      operationName: 'B',
    },
  },
  {
    name: 'the same document, the other operation (A)',
    body: {
      query:
        'query A { dataset { version } } query B { sources(first: 2) { totalCount edges { cursor node { key publishedAt } } } }',
      operationName: 'A',
    },
  },
  {
    name: 'lint inline (never cached)',
    body: { query: '{ lint(text: "Russia launched 427 drones [@reuters-far-apart].") { rule message } }' },
  },
  {
    name: 'a body over 4 KB: lint of a 6,000-character draft in variables',
    body: { query: LINT_QUERY, variables: { text: draftOf(6000) } },
  },
  {
    name: 'a body over 4 KB: hover in a 5,000-character draft in variables',
    body: {
      query:
        'query($text: String!, $line: Int!, $character: Int!) { hover(text: $text, line: $line, character: $character) { kind key markdown } }',
      variables: { text: draftOf(5000), line: 0, character: 20 },
    },
  },
  {
    name: 'a body over 4 KB: lint of a 5,000-character draft inline',
    body: { query: `{ lint(text: ${JSON.stringify(draftOf(5000))}) { rule start end } }` },
  },
  {
    name: 'a document over 4 KB (a long comment), never kept by the parser cache',
    body: {
      query: `# ${'x'.repeat(5000)}\n{ person(key: "rustem-umerov") { name offices(first: 2) { totalCount } } }`,
    },
  },
  {
    name: 'variables: search with a page size and a cursor',
    body: {
      query:
        'query($q: String!, $n: Int, $after: String) { search(query: $q, first: $n, after: $after) { totalCount edges { score node { __typename id } } } }',
      variables: { q: 'Medinsky', n: 3, after: null },
    },
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
    name: 'a required variable missing',
    body: { query: 'query($key: String!) { person(key: $key) { name } }', variables: {} },
  },
  {
    name: 'a bad lint configuration',
    body: {
      query: 'query($c: LintConfig) { lint(text: "Medinsky.", config: $c) { rule } }',
      variables: { c: { rules: [{ rule: 'no/such-rule', severity: 'ERROR' }] } },
    },
  },
  {
    name: 'a null for a record that is not there',
    body: { query: '{ person(key: "nobody-at-all") { name } }' },
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
])('compiled execution, $mode', ({ env }) => {
  let reference: TestGateway;
  let compiled: TestGateway;
  beforeAll(async () => {
    reference = await startGateway({ ...env, COMPILE_OPERATIONS: '0' });
    compiled = await startGateway(env);
  });
  afterAll(async () => {
    await reference.close();
    await compiled.close();
  });

  it.each(cases)('$name: the same answer on the first request and on every later one', async ({ body }) => {
    const expected = [];
    const got = [];
    for (let i = 0; i < 4; i++) {
      expected.push(await post(reference, body));
      got.push(await post(compiled, body));
    }
    expect(got).toEqual(expected);
  });

  it('answers in the media type the client asks for', async () => {
    const body = { query: '{ dataset { version } }' };
    for (const accept of ['application/graphql-response+json', 'application/json', '*/*', 'text/html']) {
      for (let i = 0; i < 3; i++) {
        expect(await post(compiled, body, { accept }), accept).toEqual(
          await post(reference, body, { accept }),
        );
      }
    }
  });

  it('has run the compiled executor, and never on the reference gateway', () => {
    expect(compiled.gateway.executions.compiled).toBeGreaterThan(0);
    expect(reference.gateway.executions.compiled).toBe(0);
  });
});

describe('which executor runs', () => {
  it('graphql-js for the first execution of a document, compiled from the second on', async () => {
    const gw = await startGateway({ CACHE_TTL: '0' });
    try {
      const body = { query: '{ person(key: "rustem-umerov") { id name offices(first: 2) { totalCount } } }' };
      const seen = [];
      for (let i = 0; i < 4; i++) {
        expect((await post(gw, body)).status).toBe(200);
        seen.push({ ...gw.gateway.executions });
      }
      expect(seen).toEqual([
        { compiled: 0, graphqlJs: 1 },
        { compiled: 1, graphqlJs: 1 },
        { compiled: 2, graphqlJs: 1 },
        { compiled: 3, graphqlJs: 1 },
      ]);
    } finally {
      await gw.close();
    }
  });

  it('never compiles a draft written inline: each is parsed afresh and runs once, on graphql-js', async () => {
    const gw = await startGateway({ CACHE_TTL: '0' });
    try {
      const body = { query: '{ lint(text: "Medinsky led the delegation.") { rule } }' };
      for (let i = 0; i < 3; i++) expect((await post(gw, body)).status).toBe(200);
      expect(gw.gateway.executions).toEqual({ compiled: 0, graphqlJs: 3 });
    } finally {
      await gw.close();
    }
  });
});
