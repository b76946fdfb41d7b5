import type { Plugin } from 'graphql-yoga';
import { errorResponse } from './error-response.js';

/**
 * Answers an over-long body by its Content-Length before reading it, saying what the limit is. (Yoga
 * enforces the same limit while streaming bodies sent without a length.)
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length'));
      if (length > maxBytes) {
        endResponse(
          errorResponse(
            request,
            413,
            `Request body too large: ${length} bytes; the limit is ${maxBytes} bytes.`,
            { code: 'PAYLOAD_TOO_LARGE', limit: maxBytes },
            {},
          ),
        );
      }
    },
  };
}
