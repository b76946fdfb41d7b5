import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryCache } from '../src/server/cache.js';
import { startGateway } from './helpers.js';

type Entry = { data?: unknown; errors?: unknown; extensions?: unknown; stringify?: (r: unknown) => string };

/** What Yoga's result processor sends of a cached entry: the cache's `http` extension dropped. */
const sent = (entry: Entry) => ({ ...entry, extensions: undefined });

describe('the in-memory response cache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('serialises an entry once, however many hits it answers, to the bytes JSON.stringify gives', async () => {
    const cache = memoryCache(10);
    const result = {
      data: { person: { name: 'Rustem Umerov', offices: [{ title: 'Defence Minister' }] } },
      extensions: { http: { headers: { ETag: 'k' } } },
    };
    await cache.set('k', result as never, [], 60_000);
    const expected = JSON.stringify(sent(result));
    const stringify = vi.spyOn(JSON, 'stringify');
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const hit = (await cache.get('k')) as Entry;
      const value = sent({ ...hit });
      answers.push((value.stringify ?? JSON.stringify)(value));
    }
    expect(answers).toEqual(Array(5).fill(expected));
    expect(stringify).toHaveBeenCalledTimes(1);
  });

  it('stringifies afresh anything but the entry as stored (other data, errors, extensions)', async () => {
    const cache = memoryCache(10);
    const result: Entry = { data: { a: 1 } };
    await cache.set('k', result as never, [], 60_000);
    const hit = (await cache.get('k')) as Entry;
    const own = hit.stringify!;
    expect(own({ data: { a: 2 } })).toBe('{"data":{"a":2}}');
    expect(own({ data: hit.data, errors: [{ message: 'x' }] })).toBe(
      '{"data":{"a":1},"errors":[{"message":"x"}]}',
    );
    expect(own({ data: hit.data, extensions: { cost: 3 } })).toBe('{"data":{"a":1},"extensions":{"cost":3}}');
  });

  it('answers a hit over HTTP with the same bytes as the miss that stored it', async () => {
    const gw = await startGateway();
    try {
      const body = JSON.stringify({
        query: '{ person(key: "rustem-umerov") { name offices(first: 3) { edges { node { title } } } } }',
      });
      const post = () =>
        fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const miss = await post();
      const hit = await post();
      expect([miss.headers.get('x-cache'), hit.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
      const [a, b] = [await miss.text(), await hit.text()];
      expect(b).toBe(a);
      expect(a).toContain('"name":"Rustem Umerov"');
      expect(a).not.toContain('stringify');
    } finally {
      await gw.close();
    }
  });
});
