import { ConnectionException } from '@mikro-orm/core';

/** PostgreSQL SQLSTATE classes and codes that mean the server cannot be reached or is going away. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03', '53300']);

/**
 * True when `error` says the database is out of reach (refused, dropped, shutting down, no free
 * connection) rather than that a statement was wrong: the client may retry the same request later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (e instanceof ConnectionException) return true;
    if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || /^08/.test(e.code))) return true;
    if (e.name === 'KnexTimeoutError') return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|Timeout acquiring a connection|connect ECONNREFUSED|read ECONNRESET|write EPIPE/.test(e.message)
    )
      return true;
  }
  return false;
}
