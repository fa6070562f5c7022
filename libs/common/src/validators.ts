// class-validator decorators for GridHR's own value kinds (for params that arrive as JSON, where the
// GraphQL scalars do not check them).
import { IsOptional, IsUUID, ValidateBy, ValidationOptions } from 'class-validator';
import { isIsoDate } from './dates';

/** A real calendar date written YYYY-MM-DD. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: { validate: (value) => typeof value === 'string' && isIsoDate(value), defaultMessage: () => 'must be a real date YYYY-MM-DD' },
    },
    options,
  );
}

/** Params of a report over the caller's scope, or a region subtree of it. */
export class RegionParams {
  @IsOptional() @IsUUID() regionId?: string | null;
}
