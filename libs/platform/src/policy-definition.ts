// The numbers a province or city may set differently. Each domain declares its own, with GridHR's default
// and where it comes from; the policy library resolves them per region and date.

export type PolicyValueKind = 'int' | 'fen' | 'bool' | 'intList' | 'json';

export interface PolicyDefinition {
  kind: PolicyValueKind;
  default: unknown;
  description: string;
  /** The regulation (or the GridHR choice) behind the default. */
  source: string;
  min?: number;
  max?: number;
  /** A further check of a value of the right kind (for 'json' the only one): a problem description, or null. */
  check?: (value: unknown) => string | null;
}

export type PolicyDefinitions = Record<string, PolicyDefinition>;

/** Declares a domain's policy numbers; keeps their literal types for typed reads (EffectivePolicy.get). */
export function definePolicies<T extends PolicyDefinitions>(definitions: T): T {
  return definitions;
}

/** Returns a problem description, or null when `value` is acceptable for the definition. */
export function policyValueProblem(def: PolicyDefinition, value: unknown): string | null {
  return kindProblem(def, value) ?? def.check?.(value) ?? null;
}

function kindProblem(def: PolicyDefinition, value: unknown): string | null {
  const inRange = (n: unknown) =>
    typeof n === 'number' && Number.isInteger(n) && n >= (def.min ?? Number.MIN_SAFE_INTEGER) && n <= (def.max ?? Number.MAX_SAFE_INTEGER);
  const range = `a whole number from ${def.min ?? '-'} to ${def.max ?? '-'}`;
  switch (def.kind) {
    case 'int':
    case 'fen':
      return inRange(value) ? null : `must be ${range}`;
    case 'bool':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'intList':
      return Array.isArray(value) && value.length > 0 && value.length <= 12 && value.every(inRange) ? null : `must be a list of 1-12 items, each ${range}`;
    case 'json':
      return null;
  }
}
