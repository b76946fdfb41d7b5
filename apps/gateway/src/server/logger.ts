import { AsyncLocalStorage } from 'node:async_hooks';

/** Log levels, least to most severe; `silent` logs nothing. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Structured fields of a log line. */
export type LogFields = Record<string, unknown>;

/** A structured logger: one JSON object per line, so log pipelines need no parsing rules. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger adding these fields to every line. */
  child(fields: LogFields): Logger;
  readonly level: LogLevel;
}

/** The request being served, for log lines written deep inside (masked errors). */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

const errorFields = (e: unknown): LogFields =>
  e instanceof Error ? { error: { name: e.name, message: e.message, stack: e.stack } } : { error: String(e) };

/**
 * Writes JSON lines `{"time":…,"level":…,"msg":…, …fields}` to `write` (stdout by default). An `err` field
 * holding an Error is expanded to its name, message and stack: those belong in logs, never in responses.
 */
export function createLogger(
  level: LogLevel = 'info',
  base: LogFields = {},
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  const min = LOG_LEVELS.indexOf(level);
  const log =
    (at: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields: LogFields = {}): void => {
      if (LOG_LEVELS.indexOf(at) < min) return;
      const { err, ...rest } = fields;
      const requestId = requestScope.getStore()?.requestId;
      const line = {
        time: new Date().toISOString(),
        level: at,
        msg,
        ...base,
        ...(requestId && !('requestId' in rest) ? { requestId } : {}),
        ...rest,
        ...(err === undefined ? {} : errorFields(err)),
      };
      write(`${JSON.stringify(line)}\n`);
    };
  return {
    level,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
  };
}

/** Adapts a logger to GraphQL Yoga's (console-like) logger interface. */
export function yogaLogger(logger: Logger) {
  const adapt =
    (at: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[at](first.message, { err: first, source: 'yoga' });
      else
        logger[at](
          String(first),
          rest.length ? { source: 'yoga', details: rest.map(String) } : { source: 'yoga' },
        );
    };
  return { debug: adapt('debug'), info: adapt('info'), warn: adapt('warn'), error: adapt('error') };
}
