import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, MIN_COMPRESSED_BYTES } from '../src/server/plugins/compression.js';
import { startGateway, type TestGateway } from './helpers.js';

// Node's fetch decodes compressed bodies, so these requests go through node:http's client (`raw`), which
// leaves the bytes as the gateway sent them.

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=1, br;q=0', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    ['*', 'br'],
    ['*;q=0.2, gzip;q=0.8', 'gzip'],
    ['', undefined],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
  it('takes no header as identity', () => expect(chooseEncoding(null)).toBeUndefined());
});

describe('compressed answers', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw.close());

  const bigQuery = JSON.stringify({ query: '{ people(first: 50) { edges { node { name description } } } }' });
  const post = (acceptEncoding: string, body = bigQuery) =>
    raw(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
      body,
    });

  it('compresses a large JSON answer with brotli or gzip, to the same JSON', async () => {
    const [plain, br, gz] = [await post('identity'), await post('gzip, br'), await post('gzip')];
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(MIN_COMPRESSED_BYTES);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    expect(gunzipSync(gz.body).toString()).toBe(plain.body.toString());
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    for (const r of [plain, br, gz]) expect(r.headers.vary).toMatch(/Accept-Encoding/);
    // The other plugins' headers survive.
    expect(br.headers['x-cache']).toBeDefined();
  });

  it('leaves small answers as they are', async () => {
    const small = await post('br', JSON.stringify({ query: '{ dataset { version } }' }));
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString()).data.dataset.version).toBeTruthy();
  });

  it('compresses the GraphiQL page, with an ETag and 304 on If-None-Match', async () => {
    const page = (headers: Record<string, string>) =>
      raw(gw.url, { headers: { accept: 'text/html', ...headers } });
    const [plain, br] = [await page({}), await page({ 'accept-encoding': 'br' })];
    expect(plain.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    const etag = br.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(plain.headers.etag).toBe(etag);
    const again = await page({ 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('leaves the checker page’s precompressed answers alone', async () => {
    const res = await raw(`${gw.base}/`, { headers: { 'accept-encoding': 'br' } });
    // Built, the page arrives precompressed once (br); not built, as plain text: never compressed twice.
    if (res.status === 200) {
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.body).toString()).toMatch(/<html/i);
    } else {
      expect(res.status).toBe(503);
      expect(res.headers['content-encoding']).toBeUndefined();
    }
  });
});
