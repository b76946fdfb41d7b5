import { people } from '@parley/dataset';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMPLEXITY, MAX_NODE_IDS } from '../src/schema/builder.js';
import { readConfig } from '../src/server/config.js';
import { LIMITS } from '../src/server/yoga.js';
import { globalId, ok, send, startGateway, type TestGateway } from './helpers.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw.close());

/** After every rejection the server must keep answering. */
async function stillServes() {
  const data = ok(await gw.gql<{ dataset: { version: string } }>('{ dataset { version } }'));
  expect(data.dataset.version).toBeTruthy();
}

/** A rejected request: the HTTP status, and the first error's message and code. */
async function rejected(query: string, variables?: Record<string, unknown>) {
  const res = await gw.gql(query, variables);
  expect(res.body.errors?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
  const [error] = res.body.errors!;
  return { status: res.status, message: error!.message, code: error!.extensions?.code, data: res.body.data };
}

const nest = (depth: number): string => {
  let q = 'key';
  for (let i = 0; i < depth; i++) q = `partOf { ${q} }`;
  return `{ events(first: 1) { edges { node { ${q} } } } }`;
};

describe('limits on the query itself', () => {
  it('rejects deep nesting with the limit and the depth found', async () => {
    const r = await rejected(nest(LIMITS.maxDepth + 5));
    expect(r.status).toBe(400);
    expect(r.code).toBe('QUERY_TOO_DEEP');
    expect(r.message).toContain(`Query depth limit of ${LIMITS.maxDepth} exceeded`);
    await stillServes();
  });

  it('accepts nesting up to the limit', async () => {
    ok(await gw.gql(nest(LIMITS.maxDepth - 4)));
  });

  it('rejects an alias bomb', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: dataset { version }`).join(' ');
    const r = await rejected(`{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(r.code).toBe('TOO_MANY_ALIASES');
    expect(r.message).toContain(`Aliases limit of ${LIMITS.maxAliases} exceeded`);
    await stillServes();
  });

  it('rejects a fragment bomb (2^30 fields) quickly, by its cost', async () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Dataset { ...F${i + 1} ...F${i + 1} }`,
    );
    fragments.push('fragment F30 on Dataset { version }');
    const started = Date.now();
    const r = await rejected(`{ dataset { ...F0 } } ${fragments.join(' ')}`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.status).toBe(400);
    expect(r.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.message).toMatch(/too expensive: it costs \d+, above the limit of/);
    await stillServes();
  });

  it('rejects a document with too many tokens', async () => {
    const r = await rejected(`{ dataset { ${'version '.repeat(LIMITS.maxTokens)} } }`);
    expect(r.status).toBe(400);
    expect(r.message).toContain(`Token limit of ${LIMITS.maxTokens} exceeded`);
    await stillServes();
  });

  it('rejects nested pages whose cost exceeds the limit, naming cost and limit', async () => {
    const r = await rejected(
      '{ people(first: 100) { edges { node { quotes(first: 100) { edges { node { sources(first: 100) { edges { node { key } } } } } } } } } }',
    );
    expect(r.status).toBe(400);
    expect(r.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.message).toContain(`above the limit of ${MAX_COMPLEXITY}`);
    await stillServes();
  });

  it('rejects too many directives', async () => {
    const r = await rejected(
      `{ dataset { version ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)} } }`,
    );
    expect(r.status).toBe(400);
    expect(r.code).toBe('TOO_MANY_DIRECTIVES');
  });
});

describe('bad arguments', () => {
  it('rejects first: 1000 (and 0, and last: 101) instead of clamping', async () => {
    for (const [args, arg, value] of [
      ['first: 1000', 'first', 1000],
      ['first: 0', 'first', 0],
      ['last: 101', 'last', 101],
      ['first: -5', 'first', -5],
    ] as const) {
      const r = await rejected(`{ people(${args}) { edges { node { key } } } }`);
      expect(r.status).toBe(400);
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.message).toBe(
        `\`${arg}\` must be between 1 and 100; got ${value}. Page through longer lists with \`after\` (or \`before\`).`,
      );
    }
    // The same rule holds for nested connections.
    const nested = await rejected(
      `{ person(key: ${JSON.stringify(people[0]!.id)}) { quotes(first: 1000) { totalCount } } }`,
    );
    expect(nested.status).toBe(400);
    expect(nested.message).toContain('`first` must be between 1 and 100; got 1000');
    await stillServes();
  });

  it('rejects a cursor that is not one', async () => {
    const r = await rejected('{ people(first: 2, after: "not-a-cursor") { totalCount } }');
    expect(r.status).toBe(400);
    expect(r.message).toContain('`after` is not a cursor of this connection');
  });

  it('rejects malformed global ids with what an id is', async () => {
    for (const id of [
      'not base64!',
      'bm90LWEtdHlwZQ==' /* "not-a-type" */,
      Buffer.from('Nope:x').toString('base64'),
      '',
    ]) {
      const r = await rejected('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(r.status).toBe(400);
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.message).toContain('is not a Parley global id');
    }
    // A well-formed id of no record is not an error: node is null.
    const none = ok(
      await gw.gql<{ node: null }>('query($id: ID!) { node(id: $id) { id } }', {
        id: globalId('Person', 'nobody'),
      }),
    );
    expect(none.node).toBeNull();
    await stillServes();
  });

  it(`rejects nodes(ids) with more than ${MAX_NODE_IDS} ids`, async () => {
    const ids = Array.from({ length: MAX_NODE_IDS + 1 }, () => globalId('Person', people[0]!.id));
    const r = await rejected('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(r.status).toBe(400);
    expect(r.message).toBe(`\`nodes\` takes at most ${MAX_NODE_IDS} ids; got ${MAX_NODE_IDS + 1}.`);
  });

  it('rejects unknown fields, with a suggestion', async () => {
    const r = await rejected('{ dataset { verison } }');
    expect(r.status).toBe(400);
    expect(r.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.message).toBe('Cannot query field "verison" on type "Dataset". Did you mean "version"?');
    await stillServes();
  });

  it('rejects variables of the wrong type', async () => {
    const r = await rejected('query($n: Int) { people(first: $n) { totalCount } }', { n: 'ten' });
    expect(r.status).toBe(400);
    expect(r.message).toContain(
      'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
    );
    const d = await rejected('query($d: IsoDate) { events(from: $d) { totalCount } }', { d: '2025-02-30' });
    expect(d.status).toBe(400);
    expect(d.message).toContain('IsoDate "2025-02-30" is not a day of 2025-02');
    await stillServes();
  });

  it('rejects filter keys that name no record, or a record of another kind', async () => {
    const r = await rejected('{ figures(quantity: "no-such-quantity") { totalCount } }');
    expect(r.status).toBe(400);
    expect(r.message).toBe('`quantity`: no quantity has the key "no-such-quantity".');
    const wrong = await rejected(`{ events(place: ${JSON.stringify(people[0]!.id)}) { totalCount } }`);
    expect(wrong.message).toBe(`\`place\`: "${people[0]!.id}" is a person, not a place.`);
  });

  it('rejects empty searches and a reversed date range', async () => {
    expect((await rejected('{ search(query: "  ?! ") { totalCount } }')).message).toBe(
      '`query` must contain at least one letter or digit.',
    );
    expect((await rejected('{ events(from: "2025-06", to: "2025-05") { totalCount } }')).message).toBe(
      '`from` (2025-06) is after `to` (2025-05).',
    );
  });

  it('rejects a lint config the engine would reject, naming the field', async () => {
    const r = await rejected(
      '{ lint(text: "x", config: { rules: [{ rule: "name/speling", severity: OFF }] }) { rule } }',
    );
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/^config\.rules\.name\/speling: is not a rule; rules are /);
    const empty = await rejected('{ lint(text: "x", config: { spellings: { prefer: [""] } }) { rule } }');
    expect(empty.message).toBe('config.spellings.prefer: must be an array of non-empty strings');
  });

  it('rejects hover positions outside the text', async () => {
    const r = await rejected('{ hover(text: "one\\ntwo", line: 5, character: 0) { key } }');
    expect(r.status).toBe(400);
    expect(r.message).toBe('`line` must be between 0 and 1 (the text has 2 lines); got 5.');
    expect((await rejected('{ hover(text: "one", line: 0, character: -1) { key } }')).message).toBe(
      '`character` must be 0 or more; got -1.',
    );
  });
});

describe('bad requests', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('rejects a 10 MB body with 413 and a GraphQL error', async () => {
    const body = JSON.stringify({ query: `{ lint(text: "${'a'.repeat(10 * 1024 * 1024)}") { rule } }` });
    const res = await post(body);
    expect(res.status).toBe(413);
    const json = (await res.json()) as { errors: { message: string }[] };
    expect(json.errors[0]!.message).toBe(
      `Request body too large: ${body.length} bytes; the limit is ${readConfig({}).maxBodyBytes} bytes.`,
    );
    await stillServes();
  });

  it('counts a body sent without a Content-Length, and refuses it once it passes the limit', async () => {
    const limit = readConfig({}).maxBodyBytes;
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    const over = JSON.stringify({ query: `# ${'x'.repeat(limit)}\n{ dataset { version } }` });
    const refused = await send(gw.url, over, headers, 'POST', true);
    expect(refused.status).toBe(413);
    const { errors } = JSON.parse(refused.text) as { errors: { message: string; extensions: object }[] };
    expect(errors[0]).toMatchObject({
      message: `Request body too large: more than ${limit} bytes sent without a Content-Length; the limit is ${limit} bytes.`,
      extensions: { code: 'PAYLOAD_TOO_LARGE', limit },
    });
    // Under the limit, the same chunked shape is answered.
    const under = JSON.stringify({ query: `# ${'x'.repeat(200_000)}\n{ dataset { version } }` });
    const answered = await send(gw.url, under, headers, 'POST', true);
    expect([answered.status, JSON.parse(answered.text).data.dataset.version]).toEqual([
      200,
      expect.any(String),
    ]);
    await stillServes();
  });

  it('rejects invalid JSON with 400 and a GraphQL error', async () => {
    const res = await post('{"query": "{ dataset { version } }"');
    expect(res.status).toBe(400);
    const json = (await res.json()) as { errors: { message: string }[] };
    expect(json.errors[0]!.message).toMatch(/POST body sent invalid JSON/);
    await stillServes();
  });

  it('rejects a body without a query', async () => {
    const res = await post(JSON.stringify({ variables: {} }), {
      accept: 'application/graphql-response+json',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Must provide query string.',
    );
  });

  it('rejects a simple (CSRF-able) request without a preflight header, with 403', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent('{ dataset { version } }')}`);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Required CSRF header(s) not present',
    );
    const form = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query={dataset{version}}',
    });
    expect(form.status).toBe(403);
    // The same GET with the header is answered.
    const allowed = await fetch(`${gw.url}?query=${encodeURIComponent('{ dataset { version } }')}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(allowed.status).toBe(200);
  });

  it('refuses mutations and unknown methods', async () => {
    const res = await fetch(gw.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(405);
  });
});

describe('masked errors', () => {
  it('answers an unexpected failure with a generic message and a request id, and logs the stack', async () => {
    const boom = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          boom: {
            type: GraphQLString,
            resolve: () => {
              throw new Error('secret database password in a stack trace');
            },
          },
        },
      }),
    });
    const test = await startGateway({}, {}, { schema: boom });
    try {
      const res = await test.gql('{ boom }');
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('secret');
      expect(text).not.toContain('stack');
      const [error] = res.body.errors!;
      expect(error!.message).toBe('Internal server error');
      expect(error!.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const requestId = res.headers.get('x-request-id');
      expect(error!.extensions?.requestId).toBe(requestId);
      const logged = test.logs.find((l) => l.level === 'error' && l.requestId === requestId);
      expect(JSON.stringify(logged)).toContain('secret database password');
      expect(JSON.stringify(logged)).toContain('at ');
    } finally {
      await test.close();
    }
  });
});
