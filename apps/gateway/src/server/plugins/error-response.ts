/**
 * A GraphQL error response for a refusal made before the GraphQL pipeline (a rate limit, a body too
 * large), in the media type the client accepts, as Yoga would answer.
 */
export function errorResponse(
  request: Request,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
  headers: Record<string, string>,
): Response {
  const accept = request.headers.get('accept') ?? '';
  const type = accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json'
    : 'application/json';
  return new Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': `${type}; charset=utf-8`, ...headers },
  });
}
