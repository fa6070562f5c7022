// class-validator decorators for GridHR's own value kinds (for params that arrive as JSON, where the
// GraphQL scalars do not check them).
import { IsOptional, IsUUID, ValidateBy, ValidationOptions } from 'class-validator';
import { isIsoDate } from './dates';
import { businessDateProblem, DateWindow, personNameProblem, placeNameProblem, TextRule, textProblem } from './input-rules';

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

/** A decorator from a problem function (input-rules.ts): the message is the problem the value has. */
export function ValidateByProblem(name: string, problemOf: (value: string) => string | null, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value) => typeof value === 'string' && problemOf(value) === null,
        defaultMessage: (args) => (typeof args?.value === 'string' && problemOf(args.value)) || 'must be text',
      },
    },
    options,
  );
}

/** A person's name (personNameProblem): letters, CJK included, with spaces or middle dots inside. */
export function IsPersonName(max = 50, options?: ValidationOptions): PropertyDecorator {
  return ValidateByProblem('isPersonName', (v) => personNameProblem(v, max), options);
}

/** The name of a place or an organisation (placeNameProblem). */
export function IsPlaceName(max = 100, options?: ValidationOptions): PropertyDecorator {
  return ValidateByProblem('isPlaceName', (v) => placeNameProblem(v, max), options);
}

/** Free text (textProblem): not blank, nothing invisible, not a spreadsheet formula. */
export function IsCleanText(rule: TextRule = {}, options?: ValidationOptions): PropertyDecorator {
  return ValidateByProblem('isCleanText', (v) => textProblem(v, rule), options);
}

/** A date of a business record inside a plausible window (businessDateProblem). */
export function IsBusinessDate(window?: DateWindow, options?: ValidationOptions): PropertyDecorator {
  return ValidateByProblem('isBusinessDate', (v) => businessDateProblem(v, window), options);
}

/** Params of a report over the caller's scope, or a region subtree of it. */
export class RegionParams {
  @IsOptional() @IsUUID() regionId?: string | null;
}
