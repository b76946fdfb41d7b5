import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const MIN_COMPRESSED_BYTES = 1024;

/** The encodings the gateway produces, best first. */
type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer with for an Accept-Encoding header (RFC 9110 §12.5.3): the one with the highest
 * q-value, brotli on a tie; q=0 refuses an encoding, `*` stands for those not named; none at all means
 * identity.
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const of = (e: Encoding) => q.get(e) ?? q.get('*') ?? 0;
  const [br, gzip] = [of('br'), of('gzip')];
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return undefined;
}

const COMPRESSIBLE = /^(?:application\/(?:json|graphql-response\+json)|text\/html)\b/;

const encode = (body: Uint8Array, encoding: Encoding): Uint8Array =>
  encoding === 'br'
    ? // Quality 5: most of brotli's gain at a fraction of its default (11) cost, since lint answers are
      // compressed on every request.
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gzipSync(body, { level: 6 });

/**
 * gzip or brotli for answers of at least {@link MIN_COMPRESSED_BYTES} (JSON results and the GraphiQL
 * page) when the client accepts them, with `Vary: Accept-Encoding`. Answers that already have a
 * Content-Encoding (the checker page's precompressed files), streams (SSE, multipart), HEAD and bodiless
 * answers go untouched. HTML pages (GraphiQL, the same bytes for every request) get a strong ETag and 304
 * on If-None-Match, and their compressed bytes are kept for the last page seen, so a 9 MB page is
 * compressed once, not per visit. Last in the plugin list, so it sees every header the others set.
 */
export function useCompression(): Plugin {
  let page: { etag: string; encoded: Map<Encoding, Uint8Array> } | undefined;
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const type = response.headers.get('content-type') ?? '';
      if (
        request.method === 'HEAD' ||
        !response.body ||
        response.headers.has('content-encoding') ||
        !COMPRESSIBLE.test(type)
      )
        return;
      const vary = response.headers.get('vary');
      if (!vary?.toLowerCase().includes('accept-encoding'))
        response.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
      const isPage = type.startsWith('text/html');
      const encoding = chooseEncoding(request.headers.get('accept-encoding'));
      const length = Number(response.headers.get('content-length') ?? Number.NaN);
      // Small JSON answers, and JSON for a client that takes no encoding, go as they are, unread.
      if (!isPage && (!encoding || length < MIN_COMPRESSED_BYTES)) return;

      const body = new Uint8Array(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      const init = { status: response.status, statusText: response.statusText, headers };
      if (isPage) {
        const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
        headers.set('etag', etag);
        if (page?.etag !== etag) page = { etag, encoded: new Map() };
        if (request.headers.get('if-none-match') === etag) {
          headers.delete('content-type');
          headers.delete('content-length');
          setResponse(new fetchAPI.Response(null, { ...init, status: 304 }));
          return;
        }
      }
      if (!encoding || body.byteLength < MIN_COMPRESSED_BYTES) {
        setResponse(new fetchAPI.Response(body, init));
        return;
      }
      let encoded = isPage ? page?.encoded.get(encoding) : undefined;
      if (!encoded) {
        encoded = encode(body, encoding);
        if (isPage) page?.encoded.set(encoding, encoded);
      }
      headers.set('content-encoding', encoding);
      headers.set('content-length', String(encoded.byteLength));
      setResponse(new fetchAPI.Response(encoded as Uint8Array<ArrayBuffer>, init));
    },
  };
}
