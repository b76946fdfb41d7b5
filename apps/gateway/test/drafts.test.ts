import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOf, startGateway, type TestGateway } from './helpers.js';

// Drafts are unpublished journalism: nothing derived from a `lint` or `hover` argument or variable may
// outlive its request: not in Yoga's parser cache, not in the response cache, not in a log line.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAfterGc = () => {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
};

const DRAFT_LENGTH = 40_000;
/** Rounds (of four drafts each) before the baseline: the first requests allocate for good (JIT code, pools). */
const WARM_ROUNDS = 20;
const ROUNDS = 80;

describe('drafts are never kept', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    // Debug: every line the gateway can write is written (and checked for drafts below).
    gw = await startGateway({ LOG_LEVEL: 'debug' });
  });
  afterAll(() => gw.close());

  const post = async (body: unknown) => {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, cache: res.headers.get('x-cache'), text: await res.text() };
  };
  const inline = (text: string) => ({ query: `{ lint(text: ${JSON.stringify(text)}) { rule start } }` });
  const hoverInline = (text: string) => ({
    query: `{ hover(text: ${JSON.stringify(text)}, line: 0, character: 20) { kind } }`,
  });
  const variables = (text: string) => ({
    query: 'query($text: String!) { lint(text: $text) { rule start } }',
    variables: { text },
  });
  const broken = (text: string) => ({ query: `{ lint(text: ${JSON.stringify(text)}) { rule ` });

  it(`${ROUNDS * 4} distinct drafts of ${DRAFT_LENGTH / 1000},000 characters leave the heap where it was and grow no cache`, async () => {
    const round = async (seed: string) => {
      const text = draftOf(DRAFT_LENGTH, seed);
      expect((await post(inline(text))).status).toBe(200);
      expect((await post(hoverInline(text))).status).toBe(200);
      expect((await post(variables(text))).status).toBe(200);
      expect((await post(broken(text))).status).toBe(400);
    };
    for (let i = 0; i < WARM_ROUNDS; i++) await round(`warm${i}`);
    gw.logs.length = 0;
    const documents = gw.gateway.documents.documents;
    const errors = gw.gateway.documents.errors;
    const before = heapAfterGc();
    for (let i = 0; i < ROUNDS; i++) await round(`draft${i}`);
    // The log lines of this test's own requests are held by the test, not the gateway.
    gw.logs.length = 0;
    const grown = heapAfterGc() - before;
    const sent = ROUNDS * 4 * DRAFT_LENGTH;
    console.info(
      `drafts: heap ${(before / 1e6).toFixed(1)} MB after warm-up, ${(grown / 1e6).toFixed(2)} MB grown after ${ROUNDS * 4} more drafts (${(sent / 1e6).toFixed(1)} M characters)`,
    );
    // Keeping even a tenth of what was sent would show: at least a byte a character (two here, since the
    // drafts' curly apostrophes make V8 store them as UTF-16).
    expect(grown, `heap grew by ${(grown / 1e6).toFixed(2)} MB`).toBeLessThan(sent / 10);
    // The variable-draft document is kept (it holds no draft); no inline draft and no broken one is.
    expect(gw.gateway.documents.documents).toBe(documents);
    expect(gw.gateway.documents.errors).toBe(errors);
  });

  it('answers lint and hover from no cache: the same draft twice is a miss twice', async () => {
    const text = draftOf(2000, 'twice');
    for (const body of [inline(text), variables(text), hoverInline(text)]) {
      expect((await post(body)).cache).toBe('MISS');
      expect((await post(body)).cache).toBe('MISS');
    }
  });

  it('writes no part of a draft to the log', async () => {
    await post(inline(draftOf(1000, 'logged-inline')));
    await post(variables(draftOf(1000, 'logged-variables')));
    await post(broken(draftOf(1000, 'logged-broken')));
    const log = JSON.stringify(gw.logs);
    expect(gw.logs.filter((l) => l.msg === 'request').length).toBeGreaterThan(3);
    for (const seed of ['logged-inline', 'logged-variables', 'logged-broken', 'Medinsky led']) {
      expect(log).not.toContain(seed);
    }
  });
});
