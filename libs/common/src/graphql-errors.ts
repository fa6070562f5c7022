// The one place where thrown errors become GraphQL errors: a code in extensions, a human message,
// and no internals (stack traces, SQL) for the client.
import { HttpException, Logger } from '@nestjs/common';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { CommonReason, DomainError } from './errors';
import { isDatabaseUnavailable } from './database-unavailable';

const logger = new Logger('GraphQL');

/** Codes produced by graphql-js / Apollo for bad requests, passed through as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

function shaped(formatted: GraphQLFormattedError, message: string, extensions: Record<string, unknown>): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions };
}

/** Unique-constraint names follow `<table>_<column>_unique`; turn one into words. */
function describeUnique(error: UniqueConstraintViolationException): string {
  const constraint = /constraint "([^"]+)"/.exec(error.message)?.[1] ?? '';
  const match = /^(.+?)_(.+)_unique$/.exec(constraint);
  return match ? `A ${match[1]} with this ${match[2].replace(/_/g, ' ')} already exists` : 'A record with the same value already exists';
}

export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return shaped(formatted, original.message, {
      ...original.details,
      code: original.code,
      reason: original.reason,
      ...(original.field ? { field: original.field } : {}),
    });
  }
  if (original instanceof OptimisticLockError) {
    return shaped(formatted, 'This record was changed by someone else since you loaded it; reload and try again', {
      code: 'CONFLICT',
      reason: CommonReason.VERSION_CONFLICT,
      field: 'version',
    });
  }
  if (original instanceof UniqueConstraintViolationException) {
    return shaped(formatted, describeUnique(original), { code: 'CONFLICT', reason: CommonReason.DUPLICATE });
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code) return shaped(formatted, original.message, { code });
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn(`database unavailable: ${(original as Error).message}`);
    return shaped(formatted, 'The database is unavailable; try again in a minute', {
      code: 'SERVICE_UNAVAILABLE',
      reason: CommonReason.DATABASE_UNAVAILABLE,
    });
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (CLIENT_CODES.has(code) || Object.values(HTTP_CODES).includes(code))) {
    const reason = formatted.extensions?.reason;
    return shaped(formatted, formatted.message, { code, ...(typeof reason === 'string' ? { reason } : {}) });
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return shaped(formatted, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
}
