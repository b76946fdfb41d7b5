import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';

/** One representation of a file: its bytes and its strong validator. */
interface Representation {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** A file of the page, with the brotli and gzip copies its build wrote beside it. */
interface PageFile {
  type: string;
  /** Hashed file names (under assets/) never change content, so browsers may keep them for a year. */
  immutable: boolean;
  identity: Representation;
  br?: Representation;
  gzip?: Representation;
}

/**
 * What the page may do: its own scripts and worker only (no inline script, nothing from elsewhere), styles
 * of its own plus the ones the editor sets from script (CodeMirror writes its theme into a style element),
 * images of its own and data: images (the lint underlines are data: SVGs), no plugins, no framing, no
 * form posting. The draft never leaves the page: connect-src is the gateway.
 */
export const WEB_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
// The entry page is revalidated on every load (a 304 when unchanged), so a new build is seen at once.
const REVALIDATE = 'no-cache';

/** Where the built page is: `dist/` of the @parley/web workspace package. */
export function webPageDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@parley/web/package.json')), 'dist');
}

const representation = (bytes: Uint8Array, suffix: string): Representation => ({
  // A copy on a plain ArrayBuffer (a Buffer may share Node's pool), which is what a Response body takes.
  body: new Uint8Array(bytes),
  etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}${suffix}"`,
});

/**
 * Reads the built page into memory (it is a few hundred kilobytes): every file by its URL path, each with
 * its precompressed copies. Returns undefined when the page has not been built.
 */
export function loadWebPage(dir: string): Map<string, PageFile> | undefined {
  if (!existsSync(join(dir, 'index.html'))) return undefined;
  const files = new Map<string, PageFile>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      if (name.endsWith('.br') || name.endsWith('.gz')) continue;
      const urlPath = `/${relative(dir, path).split(sep).join('/')}`;
      // Compressed copies get validators of their own: a strong ETag names one representation's bytes.
      const copy = (ext: string, suffix: string) =>
        existsSync(`${path}${ext}`) ? representation(readFileSync(`${path}${ext}`), suffix) : undefined;
      const file: PageFile = {
        type: TYPES[extname(name)] ?? 'application/octet-stream',
        immutable: urlPath.startsWith('/assets/'),
        identity: representation(readFileSync(path), ''),
      };
      const br = copy('.br', '-br');
      const gzip = copy('.gz', '-gz');
      if (br) file.br = br;
      if (gzip) file.gzip = gzip;
      files.set(urlPath, file);
    }
  };
  walk(dir);
  return files;
}

/** The encodings the client accepts, by name, with a q-value above zero. */
function accepted(header: string | null): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) out.add(name);
  }
  return out;
}

/** Whether an If-None-Match header names this ETag (or `*`). */
// If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".
const matches = (header: string | null, etag: string) =>
  (header ?? '').split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });

/**
 * Serves the checker page (@parley/web's `dist/`) at `/`, beside the API: brotli or gzip as the client
 * accepts (compressed at build time; Content-Encoding is set here, so generic compression leaves these
 * responses alone), a strong ETag per representation with 304 for a matching If-None-Match, a year's cache
 * for hashed assets, revalidation for the page itself, and the page's Content-Security-Policy.
 * Paths it does not know go on to Yoga, except under /assets/, which are the page's alone (404).
 */
export function useWebPage(files: Map<string, PageFile> | undefined, graphqlPath: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = url.pathname === '/' ? '/index.html' : url.pathname;
      if (path === graphqlPath) return;
      const file = files?.get(path);
      if (!file) {
        if (path === '/index.html') {
          return endResponse(
            new fetchAPI.Response(
              'The checker page is not built: run `pnpm turbo run build --filter=@parley/web` (the root `pnpm start` does).\n',
              {
                status: 503,
                headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
              },
            ),
          );
        }
        if (path.startsWith('/assets/')) {
          return endResponse(
            new fetchAPI.Response(`Not found: ${path}\n`, {
              status: 404,
              headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
            }),
          );
        }
        return;
      }
      const encodings = accepted(request.headers.get('accept-encoding'));
      const [encoding, chosen] =
        file.br && encodings.has('br')
          ? (['br', file.br] as const)
          : file.gzip && encodings.has('gzip')
            ? (['gzip', file.gzip] as const)
            : ([undefined, file.identity] as const);
      const headers: Record<string, string> = {
        etag: chosen.etag,
        'cache-control': file.immutable ? IMMUTABLE : REVALIDATE,
        vary: 'Accept-Encoding',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      };
      if (file.type.startsWith('text/html')) headers['content-security-policy'] = WEB_PAGE_CSP;
      if (matches(request.headers.get('if-none-match'), chosen.etag)) {
        return endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
      headers['content-type'] = file.type;
      headers['content-length'] = String(chosen.body.length);
      if (encoding) headers['content-encoding'] = encoding;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : chosen.body, { status: 200, headers }),
      );
    },
  };
}
