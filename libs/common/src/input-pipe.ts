// Validation at the edge: every argument is checked before a service sees it, so malformed input
// becomes BAD_USER_INPUT naming the field, never a database error.
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { InvalidInput } from './errors';

/** Longest string any argument may carry; fields set tighter limits with @MaxLength. */
export const MAX_STRING_LENGTH = 10_000;

// Control characters other than tab, newline and carriage return; PostgreSQL rejects NUL outright.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const LONG_FIELDS = new WeakMap<object, Set<string>>();

/**
 * Lifts the global length limit for one field of an input type (a base64 file, say). The field must
 * set its own bound with @MaxLength.
 */
export function LongString(): PropertyDecorator {
  return (target, key) => {
    const fields = LONG_FIELDS.get(target.constructor) ?? new Set<string>();
    fields.add(String(key));
    LONG_FIELDS.set(target.constructor, fields);
  };
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function checkStrings(value: unknown, path: string, long = false): void {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) throw new InvalidInput(path || 'argument', 'contains control characters');
    if (!long && value.length > MAX_STRING_LENGTH) throw new InvalidInput(path || 'argument', `is longer than ${MAX_STRING_LENGTH} characters`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkStrings(item, `${path}[${i}]`));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) checkStrings(item, join(path, key));
  }
}

function firstProblem(errors: ValidationError[], path: string): InvalidInput | null {
  for (const error of errors) {
    const fieldPath = join(path, error.property);
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return new InvalidInput(fieldPath, message.replace(new RegExp(`^${error.property} `), ''));
    const nested = firstProblem(error.children ?? [], fieldPath);
    if (nested) return nested;
  }
  return null;
}

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];

/**
 * Checks a value the way every GraphQL argument is checked (strings, then the class's validators) and
 * returns it as an instance of `metatype`; throws InvalidInput naming the field under `path`.
 */
export async function validateInput<T>(metatype: (new () => T) | undefined, value: unknown, path: string): Promise<T> {
  const long = (metatype && LONG_FIELDS.get(metatype)) || new Set<string>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) checkStrings(item, join(path, key), long.has(key));
  } else checkStrings(value, path);
  if (!metatype || PRIMITIVES.includes(metatype) || value === null || typeof value !== 'object') return value as T;
  const instance = plainToInstance(metatype, value) as T & object;
  const errors = await validate(instance, { whitelist: true, forbidUnknownValues: false });
  const problem = firstProblem(errors, path);
  if (problem) throw problem;
  return instance;
}

/**
 * Parameter kinds a client fills: GraphQL arguments (Nest passes @nestjs/graphql's GqlParamtype.ARGS,
 * the number 3, which the package does not export), REST bodies, queries and params.
 */
const GQL_ARGS = 3;
const INPUT_TYPES = new Set<unknown>([GQL_ARGS, 'body', 'query', 'param']);

@Injectable()
export class InputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> | unknown {
    // Only what a client sends is checked: GraphQL arguments, REST bodies, queries and params. A field
    // resolver's parent and context are ours (validating them cost more than resolving the field).
    if (!INPUT_TYPES.has(metadata.type)) return value;
    return validateInput(metadata.metatype as (new () => unknown) | undefined, value, metadata.data ?? '');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** For `@Args('id', ParseId)`: an id that is not a UUID is reported, not sent to the database. */
@Injectable()
export class ParseId implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === undefined || value === null) return value;
    if (!isUuid(value)) throw new InvalidInput(metadata.data ?? 'id', 'is not a valid id');
    return value;
  }
}
