// Field resolvers that a list can skip. A Nest @ResolveField runs through guards, pipes and
// interceptors, tens of microseconds a call: nothing for one object, most of the time of a list of
// 9,000 regions. A list that already read the value puts it on the row; fields marked PRELOADED then
// return the row's value and call their resolver only for objects that lack it (an entity loaded alone).
import { GraphQLObjectType, GraphQLSchema } from 'graphql';

/** For `@Extensions(PRELOADED)` on a @ResolveField whose value a list may carry on the row. */
export const PRELOADED = { preloaded: true } as const;

/**
 * Like PRELOADED, with the row's value under another key: for a field whose entity has a property of the
 * same name holding something else (the stored phone, where the field shows it masked for some roles).
 */
export function preloadedAs(key: string) {
  return { preloaded: key } as const;
}

/** The schema with each PRELOADED field's resolver short-circuited when the parent carries the value. */
export function preloadedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      const preloaded = field.extensions?.preloaded;
      const key = preloaded === true ? field.name : typeof preloaded === 'string' ? preloaded : null;
      if (!resolve || key === null) continue;
      field.resolve = (source, args, context, info) => {
        const value = (source as Record<string, unknown> | null)?.[key];
        return value !== undefined ? value : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
