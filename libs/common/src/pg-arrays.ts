// PostgreSQL array literals bound as one parameter (`?::uuid[]`, `?::text[]`): knex would spread a JS
// array into a list of parameters.
export function pgUuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
}
