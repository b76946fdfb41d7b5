import { GraphQLError } from 'graphql';

/** Largest page a connection returns; `first`/`last` above it are rejected, not clamped. */
export const MAX_PAGE_SIZE = 100;
/** Page size when a query gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/** The Relay connection arguments every list field takes. */
export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** One page of a connection, in the shape the Relay plugin expects, with the total before paging. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/**
 * A request error: a GraphQL error with a machine-readable code and HTTP 400, so clients see what to fix
 * and the response status says the request itself was wrong.
 */
export function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } },
  });
}

const CURSOR_PREFIX = 'cursor:';

/** Cursors of the first positions, encoded once: every page of every connection starts with them. */
const CURSORS: string[] = [];

/** Cursors are opaque to clients; inside they are a position in the (deterministic) list. */
export function encodeCursor(offset: number): string {
  const known = CURSORS[offset];
  if (known !== undefined) return known;
  const cursor = Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
  if (offset < 1000) CURSORS[offset] = cursor;
  return cursor;
}

function decodeCursor(cursor: string, arg: 'after' | 'before'): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0 || encodeCursor(n) !== cursor) {
    throw badInput(
      `\`${arg}\` is not a cursor of this connection: pass an edge's \`cursor\` or \`pageInfo.endCursor\` unchanged.`,
      { argument: arg },
    );
  }
  return n;
}

function checkSize(value: number | null | undefined, arg: 'first' | 'last'): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badInput(
      `\`${arg}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${value}. Page through longer lists with \`after\` (or \`before\`).`,
      { argument: arg, min: 1, max: MAX_PAGE_SIZE },
    );
  }
}

/** Checks `first`/`last` without paging; the cost estimate uses it to price a connection by its page. */
export function pageSizeOf(args: PageArgs): number {
  const valid = (v: number | null | undefined) => typeof v === 'number' && v >= 1 && v <= MAX_PAGE_SIZE;
  // An out-of-range size is priced as the default: the resolver rejects it with a clearer error than
  // "too complex" would be.
  if (valid(args.first) || valid(args.last)) return Math.max(args.first ?? 0, args.last ?? 0);
  return DEFAULT_PAGE_SIZE;
}

/**
 * Pages an in-memory list the Relay way: `after`/`before` cut the list, then `first` keeps the head and
 * `last` the tail. `first`/`last` must be 1..100; without either, the first 20 items are returned.
 */
export function paginate<T>(items: readonly T[], args: PageArgs): Page<T> {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  let start = 0;
  let end = items.length;
  if (args.after != null) start = Math.min(end, decodeCursor(args.after, 'after') + 1);
  if (args.before != null) end = Math.max(start, Math.min(end, decodeCursor(args.before, 'before')));
  const cutStart = start;
  const cutEnd = end;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  if (args.first == null && args.last == null) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  const edges: Page<T>['edges'] = [];
  for (let i = start; i < end; i++) edges.push({ cursor: encodeCursor(i), node: items[i]! });
  return {
    edges,
    pageInfo: {
      // As the Relay spec allows: report more items before/after the page when they exist in the list.
      hasPreviousPage: start > cutStart || (args.after != null && cutStart > 0),
      hasNextPage: end < cutEnd || (args.before != null && cutEnd < items.length),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
