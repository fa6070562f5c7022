// Nest builds the root types Query and Mutation without a description, and the schema is the api's manual (issue 19):
// they get theirs here, as a transformSchema step.
import { GraphQLSchema } from 'graphql';

export const QUERY_DESCRIPTION =
  'Reads. Send Authorization: Bearer <token> from login. Every read is limited to the caller’s region subtree: ' +
  'an id outside it is NOT_FOUND. Lists are Relay connections paged forward with first/after; dates are YYYY-MM-DD ' +
  '(Asia/Shanghai) and money is integer fen. ID numbers and phones are masked unless the role needs them.';

export const MUTATION_DESCRIPTION =
  'Changes. Sign in with login; every other mutation needs the bearer token and a role allowed to call it (FORBIDDEN ' +
  'otherwise). A mutation is one transaction, and changes to records are audited (who, when, before, after). Errors ' +
  'carry extensions.code (BAD_USER_INPUT naming the field, FORBIDDEN, NOT_FOUND, CONFLICT for a stale version or a ' +
  'duplicate) and a machine-readable extensions.reason.';

/** The schema with descriptions on its root types (in place, like preloadedFields). */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = QUERY_DESCRIPTION;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = MUTATION_DESCRIPTION;
  return schema;
}
