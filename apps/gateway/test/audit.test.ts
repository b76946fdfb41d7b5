import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADERS } from '../src/server/yoga.js';
import { startGateway, type TestGateway } from './helpers.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw.close());

// CSRF prevention refuses simple GET requests without a preflight header (see limits.test.ts); the audit's
// client sends one, as every non-browser client can.
const fetchWithCsrfHeader: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set(CSRF_HEADERS[0]!, '1');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every audit, MUST, SHOULD and MAY', async () => {
    const audits = serverAudits({ url: () => gw.url, fetchFn: fetchWithCsrfHeader });
    expect(audits.length).toBeGreaterThan(50);
    const results = [];
    for (const audit of audits) {
      const result = await audit.fn();
      results.push({
        name: audit.name,
        status: result.status,
        reason: 'reason' in result ? result.reason : undefined,
      });
    }
    expect(results.filter((r) => r.status !== 'ok')).toEqual([]);
  });
});
