// With GRAPHQL_COMPILE_AFTER set (off by default), queries asked that often run compiled (graphql-jit):
// graphql-js interprets every field of an answer (a resolve info, a path, argument coercion and a promise
// check each), which for a province's region tree — 8,859 regions, ~100,000 fields — costs more than
// reading it from PostgreSQL. The compiled query calls
// the same resolvers with the same context and its errors are formatted by the same formatError; a query
// whose variables do not coerce (no resolver has run) and every mutation go through Apollo's execution.
// Apollo's didEncounterErrors hooks do not see a compiled run's errors: none of GridHR's plugins has one.
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { BREAK, DocumentNode, GraphQLError, GraphQLFormattedError, GraphQLSchema, Kind, visit } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

export interface CompiledQueriesOptions {
  /** Runs of one query (by its text and operation name) before it is compiled; 0 never compiles. */
  compileAfter: number;
  /** Distinct queries kept per schema; the least recently used goes first. */
  maxQueries: number;
}

interface Entry {
  uses: number;
  /** null once compiling failed: graphql-js serves it. */
  compiled?: CompiledQuery | null;
}

/** A bounded map from a query's key to its use count and compiled form. */
export class CompiledQueryCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: CompiledQueriesOptions) {}

  get size(): number {
    return this.entries.size;
  }

  /** The compiled query for this run, compiling it on its `compileAfter`th run; undefined until then or when it cannot be compiled. */
  compiledFor(key: string, compile: () => CompiledQuery | null): CompiledQuery | undefined {
    if (this.options.compileAfter <= 0) return undefined;
    let entry = this.entries.get(key);
    if (entry)
      this.entries.delete(key); // re-inserted last: the map's order is the eviction order
    else entry = { uses: 0 };
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxQueries) this.entries.delete(this.entries.keys().next().value!);
    entry.uses++;
    if (entry.compiled === undefined && entry.uses >= this.options.compileAfter) entry.compiled = compile();
    return entry.compiled ?? undefined;
  }
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** An execution error as Apollo hands it to formatError: a GraphQLError's JSON, coded INTERNAL_SERVER_ERROR unless it says otherwise. */
export function formatExecutionError(error: unknown, formatError: FormatError): GraphQLFormattedError {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(String((error as Error)?.message ?? error), { originalError: error as Error });
  try {
    // graphql-jit's errors leave `extensions` undefined when the thrown error has none.
    const extensions = { ...graphqlError.extensions, code: graphqlError.extensions?.code ?? 'INTERNAL_SERVER_ERROR' };
    return formatError({ ...graphqlError.toJSON(), extensions }, graphqlError);
  } catch {
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}

/** What the compiled path has done in this process (the tests read it). */
export interface CompiledQueriesStats {
  compiled: number;
  answered: number;
  /** Runs whose variables did not coerce: answered by graphql-js. */
  handedBack: number;
}

/** Longest query text compiled: each compiled query is generated code, and its size follows the text's. */
export const MAX_COMPILED_QUERY_LENGTH = 16 * 1024;

/**
 * Whether graphql-jit answers this document as graphql-js would. Not: @skip and @include (jit keeps their
 * conditions on the shared document's nodes, not per path: a fragment spread twice under different
 * conditions loses fields, graphql-jit #197), and a document of several operations (compiling one marks
 * nodes the others share).
 */
export function compilable(document: DocumentNode): boolean {
  if (document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length !== 1) return false;
  let plain = true;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        plain = false;
        return BREAK;
      }
      return undefined;
    },
  });
  return plain;
}

export class CompiledQueries {
  private readonly caches = new WeakMap<GraphQLSchema, CompiledQueryCache>();
  readonly stats: CompiledQueriesStats = { compiled: 0, answered: 0, handedBack: 0 };

  constructor(private readonly options: CompiledQueriesOptions) {}

  private compiled(context: GraphQLRequestContextResponseForOperation<BaseContext>): CompiledQuery | undefined {
    let cache = this.caches.get(context.schema);
    if (!cache) this.caches.set(context.schema, (cache = new CompiledQueryCache(this.options)));
    return cache.compiledFor(`${context.queryHash}:${context.operationName ?? ''}`, () => {
      if (!compilable(context.document)) return null;
      const result = compileQuery(context.schema, context.document, context.operationName ?? undefined, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(result)) return null;
      this.stats.compiled++;
      return result;
    });
  }

  /** The Apollo plugin: answers a query from its compiled form, with `formatError` (Apollo's own) for its errors. */
  plugin(formatError: FormatError): ApolloServerPlugin<BaseContext> {
    const answer = async (context: GraphQLRequestContextResponseForOperation<BaseContext>) => {
      // No operation resolved (several in the document and no operationName): Apollo refuses it.
      if (context.operation?.operation !== 'query' || context.source.length > MAX_COMPILED_QUERY_LENGTH) return null;
      const query = this.compiled(context);
      if (!query) return null;
      let result: Awaited<ReturnType<CompiledQuery['query']>>;
      try {
        result = await query.query(undefined, context.contextValue, context.request.variables ?? {});
      } catch (error) {
        // A resolver's throw is an error in the result; a throw here is the compiled code's own.
        this.stats.answered++;
        return {
          http: context.response.http,
          body: { kind: 'single' as const, singleResult: { data: null, errors: [formatExecutionError(error, formatError)] } },
        };
      }
      if (result.data === undefined) {
        // Refused before any resolver ran (a variable that does not coerce): graphql-js words it as it always has.
        this.stats.handedBack++;
        return null;
      }
      this.stats.answered++;
      const errors = result.errors?.length ? result.errors.map((e) => formatExecutionError(e, formatError)) : undefined;
      return { http: context.response.http, body: { kind: 'single' as const, singleResult: { data: result.data, ...(errors ? { errors } : {}) } } };
    };
    return {
      async requestDidStart() {
        return { responseForOperation: answer };
      },
    };
  }
}
