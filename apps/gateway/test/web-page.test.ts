import { mkdtempSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWebPage, useWebPage, webPageDir } from '../src/server/web-page.js';
import { startGateway, type TestGateway } from './helpers.js';

/** A raw GET (fetch would decompress the body and hide which encoding was sent). */
function raw(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
  });
}

const dist = webPageDir();
const indexHtml = readFileSync(join(dist, 'index.html'));
// The page's own scripts and styles, as the build linked them (`./assets/…`).
const assets = [...indexHtml.toString().matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map(
  (m) => `/${m[1]}`,
);

describe('the checker page at /', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw.close());

  it('serves the built page at /, revalidated on every load, with its Content-Security-Policy', async () => {
    const res = await raw(`${gw.base}/`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.equals(indexHtml)).toBe(true);
    expect(res.headers['cache-control']).toBe('no-cache');
    const csp = String(res.headers['content-security-policy']);
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('worker-src')).toBe("worker-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    // script-src 'self' only holds if the page has no inline script: every script comes from a file.
    expect(indexHtml.toString()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('serves every script and stylesheet the page links, cached for a year', async () => {
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const res = await raw(`${gw.base}${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.equals(readFileSync(join(dist, asset)))).toBe(true);
    }
  });

  it('sends brotli or gzip, as the client accepts, compressed at build time', async () => {
    const identity = readFileSync(join(dist, assets[0]!));
    const br = await raw(`${gw.base}${assets[0]}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(identity.length / 2);
    expect(brotliDecompressSync(br.body).equals(identity)).toBe(true);

    const gzip = await raw(`${gw.base}${assets[0]}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(identity)).toBe(true);

    const refused = await raw(`${gw.base}${assets[0]}`, { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refused.headers['content-encoding']).toBe('gzip');

    const none = await raw(`${gw.base}${assets[0]}`);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(identity)).toBe(true);
  });

  it('answers 304 to a matching If-None-Match, with a strong ETag per encoding', async () => {
    const first = await raw(`${gw.base}/`, { 'accept-encoding': 'br' });
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await raw(`${gw.base}/`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    // The uncompressed page is another representation: its own ETag, and no 304 for the brotli one's.
    const plain = await raw(`${gw.base}/`, { 'if-none-match': etag });
    expect(plain.status).toBe(200);
    expect(plain.headers.etag).not.toBe(etag);
    const changed = await raw(`${gw.base}/`, {
      'accept-encoding': 'br',
      'if-none-match': '"something-else"',
    });
    expect(changed.status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await raw(`${gw.base}/`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBe(0);
  });

  it('answers 404 for an asset the build did not make', async () => {
    const res = await raw(`${gw.base}/assets/no-such-file-123.js`);
    expect(res.status).toBe(404);
  });

  it('leaves /graphql to GraphiQL and the API', async () => {
    const page = await fetch(gw.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Parley GraphQL');
    const api = await gw.gql<{ dataset: { version: string } }>('{ dataset { version } }');
    expect(api.status).toBe(200);
    expect(api.body.data?.dataset.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('without a built page', () => {
  it('says how to build it at /, and leaves other paths to Yoga', async () => {
    const files = loadWebPage(mkdtempSync(join(tmpdir(), 'parley-no-page-')));
    expect(files).toBeUndefined();
    const yoga = createYoga({ plugins: [useWebPage(files, '/graphql')], landingPage: false, logging: false });
    const res = await yoga.fetch('http://localhost/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('pnpm turbo run build --filter=@parley/web');
    expect((await yoga.fetch('http://localhost/elsewhere')).status).toBe(404);
  });
});
