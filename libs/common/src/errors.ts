// Domain errors: services throw these; the GraphQL error formatter maps them to extensions.code once.
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Input that breaks a rule; `field` names the argument path, e.g. "input.code". */
export class InvalidInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, field);
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} not found` : `${entity} not found`);
  }
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}
