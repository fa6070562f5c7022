// Domain errors: services throw these; the GraphQL error formatter maps them once. `code` is the kind a
// client branches on (extensions.code); `reason` is the precise cause, from an enum the throwing library
// owns (extensions.reason), so a client (the web console) never parses a message, and neither do we.
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' | 'TOO_MANY_REQUESTS';

/** Facts a client acts on without parsing the message (e.g. retryAfterSeconds); they join extensions. */
export type ErrorDetails = Record<string, string | number | boolean>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly field?: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
  }
}

export type ErrorFactory<R extends string> = (reason: R, message: string, field?: string, details?: ErrorDetails) => DomainError;

const KNOWN_REASONS = new Map<string, { code: ErrorCode; library: string }>();

/**
 * A library's error reasons and the code each one means: the one mapping. Called with the library's
 * enum as the type argument, TypeScript refuses a mapping that misses a reason (Record<R, …>); a reason
 * that two libraries map to different codes is refused when the second one loads.
 */
export function defineErrors<R extends string>(library: string, codes: Record<R, ErrorCode>): ErrorFactory<R> {
  for (const [reason, code] of Object.entries(codes) as [string, ErrorCode][]) {
    const known = KNOWN_REASONS.get(reason);
    if (known && known.code !== code) throw new Error(`error reason ${reason} is ${known.code} in ${known.library} but ${code} in ${library}`);
    KNOWN_REASONS.set(reason, { code, library });
  }
  return (reason, message, field, details) => new DomainError(codes[reason], reason, message, field, details);
}

/** Every reason a loaded library declared, with its code: for the API's documentation and the tests. */
export function errorReasons(): { reason: string; code: ErrorCode; library: string }[] {
  return [...KNOWN_REASONS.entries()].map(([reason, v]) => ({ reason, ...v })).sort((a, b) => a.reason.localeCompare(b.reason));
}

/** Reasons every library shares. */
export enum CommonReason {
  /** A field breaks a rule; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** Missing, or outside the caller's scope: the two are indistinguishable on purpose. */
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The caller's role may not call this operation. */
  ROLE_FORBIDDEN = 'ROLE_FORBIDDEN',
  /** Input that points outside the caller's scope (a code, a region to create under). */
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  /** Optimistic locking: someone changed the record since the caller loaded it. */
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  /** A unique value already taken. */
  DUPLICATE = 'DUPLICATE',
  /** PostgreSQL does not answer: nothing was changed; try again shortly. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
}

export const commonError = defineErrors<CommonReason>('common', {
  INVALID_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  ROLE_FORBIDDEN: 'FORBIDDEN',
  OUT_OF_SCOPE: 'BAD_USER_INPUT',
  VERSION_CONFLICT: 'CONFLICT',
  DUPLICATE: 'CONFLICT',
  DATABASE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
});

/** Input that breaks a rule; `field` names the argument path, e.g. "input.code". */
export class InvalidInput extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', CommonReason.INVALID_INPUT, `${field}: ${message}`, field);
  }
}

export class NotFound extends DomainError {
  constructor(entity: string, id?: string) {
    super('NOT_FOUND', CommonReason.NOT_FOUND, id ? `${entity} ${id} not found` : `${entity} not found`);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message: string) {
    super('UNAUTHENTICATED', CommonReason.UNAUTHENTICATED, message);
  }
}

/** Optimistic locking: the caller must have seen the current version. */
export function assertVersion(entity: { version: number }, version: number, name: string): void {
  if (entity.version !== version) {
    throw commonError(
      CommonReason.VERSION_CONFLICT,
      `${name} was changed by someone else (you have version ${version}, it is now ${entity.version}); reload and try again`,
      'version',
    );
  }
}
