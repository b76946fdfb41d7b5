import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { errorResponse } from './error-response.js';

/**
 * The request body limit, in place of Yoga's own (`maxRequestBodySize: false` in yoga.ts).
 *
 * A body with a Content-Length is judged by that header before anything is read: Node's HTTP parser frames
 * the body by it, so it can never be longer (and refuses a malformed or doubled length with 400 itself). Yoga's limit pipes every body through a counting stream even
 * then, which halved the requests per second of every POST. Only a body sent without a length (chunked)
 * is counted while it is read, and refused as soon as it passes the limit.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  const tooLarge = (detail: string) => `Request body too large: ${detail}; the limit is ${maxBytes} bytes.`;
  return {
    onRequest({ request, endResponse }) {
      const header = request.headers.get('content-length');
      if (header === null) return;
      if (Number(header) > maxBytes) {
        endResponse(
          errorResponse(
            request,
            413,
            tooLarge(`${header} bytes`),
            { code: 'PAYLOAD_TOO_LARGE', limit: maxBytes },
            {},
          ),
        );
      }
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || !request.body || request.headers.has('content-length')) return;
      const parse = requestParser;
      setRequestParser((req) => {
        let read = 0;
        const counted = req.body!.pipeThrough(
          new fetchAPI.TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read > maxBytes) {
                controller.error(
                  createGraphQLError(tooLarge(`more than ${maxBytes} bytes sent without a Content-Length`), {
                    extensions: { http: { status: 413 }, code: 'PAYLOAD_TOO_LARGE', limit: maxBytes },
                  }),
                );
                return;
              }
              controller.enqueue(chunk);
            },
          }),
        );
        return parse(
          new fetchAPI.Request(req.url, {
            method: req.method,
            headers: req.headers,
            signal: req.signal,
            body: counted,
            // @ts-expect-error duplex is required for a streamed body, and missing from the DOM types
            duplex: 'half',
          }),
        );
      });
    },
  };
}
