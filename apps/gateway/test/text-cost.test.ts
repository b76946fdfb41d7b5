import { complexityFromQuery } from '@pothos/plugin-complexity';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_PER_1000_CHARACTERS, MAX_COMPLEXITY } from '../src/schema/builder.js';
import { schema } from '../src/schema/index.js';
import { MAX_TEXT_LENGTH } from '../src/schema/lint.js';
import { draftOf, startGateway, type TestGateway } from './helpers.js';

// Checking a draft costs in proportion to its length, so that aliases cannot multiply the work of one
// request: the price is the schema's (Pothos complexity), evaluated with the request's variables.

const LINT = 'query($text: String!) { lint(text: $text) { rule } }';
const HOVER = 'query($text: String!) { hover(text: $text, line: 0, character: 3) { markdown } }';
const costOf = (query: string, variables: Record<string, unknown>) =>
  complexityFromQuery(parse(query), { schema, variables, ctx: {} }).complexity;

/** `n` aliased lint calls of the same variable. */
const aliased = (n: number) =>
  `query($text: String!) { ${Array.from({ length: n }, (_, i) => `a${i}: lint(text: $text) { rule }`).join(' ')} }`;

describe('the cost of lint and hover', () => {
  it('grows by COST_PER_1000_CHARACTERS per started 1,000 characters of text', () => {
    const costs = [1, 1000, 1001, 6500, 200_000].map((n) => costOf(LINT, { text: 'x'.repeat(n) }));
    const price = (n: number) => 1 + COST_PER_1000_CHARACTERS * Math.ceil(n / 1000) + 1; // + `rule`
    expect(costs).toEqual([1, 1000, 1001, 6500, 200_000].map(price));
    expect(costOf(HOVER, { text: 'x'.repeat(6500) })).toBe(costOf(LINT, { text: 'x'.repeat(6500) }));
  });

  it('prices an inline draft as one sent in variables', () => {
    const text = draftOf(20_000);
    const inline = `{ lint(text: ${JSON.stringify(text)}) { rule } }`;
    expect(costOf(inline, {})).toBe(costOf(LINT, { text }));
  });

  it('keeps a 1,000-word draft cheap: dozens fit in one request', () => {
    const text = draftOf(6500);
    expect(Math.floor(MAX_COMPLEXITY / costOf(LINT, { text }))).toBeGreaterThanOrEqual(50);
  });
});

describe('text over HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw.close());

  it('refuses 15 aliased lint calls of one 200 KB draft before running any, naming cost and limit', async () => {
    const text = draftOf(MAX_TEXT_LENGTH - 1000);
    const res = await gw.gql(aliased(15), { text });
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    const [error] = res.body.errors!;
    expect(error!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error!.message).toContain(`above the limit of ${MAX_COMPLEXITY}`);
    expect(error!.message).toContain(`cost ${COST_PER_1000_CHARACTERS} per 1,000 characters of \`text\``);
    // Each alias pays for the whole draft.
    expect(error!.extensions?.cost).toBeGreaterThanOrEqual(
      15 * COST_PER_1000_CHARACTERS * Math.ceil(text.length / 1000),
    );
  });

  it('refuses the same aliases inline, at the same cost as in variables', async () => {
    const text = draftOf(60_000);
    const inline = `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: lint(text: ${JSON.stringify(text)}) { rule }`).join(' ')} }`;
    const [byValue, byVariable] = [await gw.gql(inline), await gw.gql(aliased(9), { text })];
    expect([byValue.status, byVariable.status]).toEqual([400, 400]);
    expect(byValue.body.errors![0]!.extensions?.cost).toBe(byVariable.body.errors![0]!.extensions?.cost);
    expect(byValue.body.errors![0]!.extensions?.cost).toBeGreaterThan(MAX_COMPLEXITY);
  });

  it('answers two aliased calls of a large draft, within the limit', async () => {
    const text = draftOf(MAX_TEXT_LENGTH - 1000);
    const res = await gw.gql<Record<string, { rule: string }[]>>(aliased(2), { text });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.a0!.length).toBeGreaterThan(0);
    expect(res.body.data!.a1).toEqual(res.body.data!.a0);
  });

  it('still refuses one draft over the length limit, naming the argument and the limit', async () => {
    const text = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    const res = await gw.gql(LINT, { text });
    expect(res.body.errors![0]!.message).toBe(
      `\`text\` is ${MAX_TEXT_LENGTH + 1} characters long; the limit is ${MAX_TEXT_LENGTH}.`,
    );
    expect(res.body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
