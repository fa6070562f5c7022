// Apollo plugin refusing operations with too many root fields, deeper or costlier than configured,
// before any resolver runs.
import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';
import { RootFieldCosts, rootFieldCost } from './query-costs';

/** Why an operation was refused before it ran (extensions.reason; the code is BAD_USER_INPUT). */
export enum QueryLimitReason {
  /** More root fields than GRAPHQL_MAX_ROOT_FIELDS, aliases included. */
  TOO_MANY_ROOT_FIELDS = 'TOO_MANY_ROOT_FIELDS',
  /** Deeper than GRAPHQL_MAX_DEPTH. */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** Costlier than GRAPHQL_MAX_COMPLEXITY (exports, reports and jobs priced by their plugins). */
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
}

/**
 * The fields the operation asks of the root type, each alias and each use of a fragment counted: every
 * one runs its resolver. Introspection's __typename is free; __schema and __type count.
 */
export function rootFieldCount(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += rootFieldCount(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      count += rootFieldCount(fragments[name].selectionSet, fragments, new Set([...seen, name]));
    }
  }
  return count;
}

/** Depth of the deepest field path, following fragments; introspection fields are not counted. */
export function selectionDepth(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      deepest = Math.max(deepest, selectionDepth(fragments[name].selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** A list field asked with `first: n` costs n times its children. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

/** A root field that builds a file, a report or a job costs its price on top of what it selects. */
const rootCostEstimator =
  (costs: RootFieldCosts): ComplexityEstimator =>
  ({ type, field, childComplexity }) => {
    if (type.name !== 'Query' && type.name !== 'Mutation') return undefined;
    const cost = rootFieldCost(field.name, costs);
    return cost ? cost + childComplexity : undefined;
  };

function refused(message: string, reason: QueryLimitReason): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } } });
}

/** An operation's verdict: null when it may run, else how to refuse it (a new error each time it is asked). */
type Verdict = (() => GraphQLError) | null;

/** Variants of one document whose verdicts are kept (a client sending ever new variables gets no more). */
const VERDICTS_PER_DOCUMENT = 64;

export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number; maxRootFields: number; costs: RootFieldCosts }): ApolloServerPlugin {
  const judge = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    schema: GraphQLSchema,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): Verdict => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    const roots = rootFieldCount(operation.selectionSet, fragments);
    if (roots > limits.maxRootFields) {
      return () =>
        refused(`The operation asks for ${roots} root fields (aliases included); the limit is ${limits.maxRootFields}`, QueryLimitReason.TOO_MANY_ROOT_FIELDS);
    }
    const depth = selectionDepth(operation.selectionSet, fragments);
    if (depth > limits.maxDepth) return () => refused(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, QueryLimitReason.QUERY_TOO_DEEP);
    let complexity: number;
    try {
      complexity = getComplexity({
        schema,
        query: document,
        operationName,
        variables,
        estimators: [rootCostEstimator(limits.costs), pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      // Variables that do not fit the schema: the client's mistake, reported as such.
      const message = (error as Error).message;
      return () => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    if (complexity > limits.maxComplexity) {
      return () => refused(`Query cost ${complexity} exceeds the limit of ${limits.maxComplexity}`, QueryLimitReason.QUERY_TOO_COSTLY);
    }
    return null;
  };
  // Apollo keeps each parsed document and hands the same object to every request sending that text, so
  // the verdict is kept per document and variables: measuring the same page again was a thirtieth of a
  // list request's CPU.
  const verdicts = new WeakMap<DocumentNode, Map<string, Verdict>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const key = `${request.operationName ?? ''}\n${JSON.stringify(variables)}`;
          let known = verdicts.get(document);
          if (!known) verdicts.set(document, (known = new Map()));
          let verdict = known.get(key);
          if (verdict === undefined) {
            verdict = judge(document, operation, schema, request.operationName ?? undefined, variables);
            if (known.size >= VERDICTS_PER_DOCUMENT) known.clear();
            known.set(key, verdict);
          }
          if (verdict) throw verdict();
        },
      };
    },
  };
}

/**
 * Runs the plugins' didResolveOperation hooks one after another (Apollo runs them all at once), so an
 * earlier check, such as who may call the operation, answers before a later one reads the variables.
 */
export function inOrder<T extends object>(...plugins: ApolloServerPlugin<T>[]): ApolloServerPlugin<T> {
  return {
    async requestDidStart(requestContext) {
      const listeners = await Promise.all(plugins.map((p) => p.requestDidStart?.(requestContext)));
      return {
        async didResolveOperation(context) {
          for (const listener of listeners) await listener?.didResolveOperation?.(context);
        },
      };
    },
  };
}
