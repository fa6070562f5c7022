// Relay-style connections with keyset cursors (sort value + id), never OFFSET. The total is counted
// only when a query asks for it, exactly up to EXACT_COUNT_LIMIT and estimated by the planner above.
import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { EntityData, EntityManager, EntityName, FilterQuery, raw, ReferenceKind } from '@mikro-orm/core';
import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { InvalidInput } from './errors';

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size: how many edges to return, 1-100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return the edges after this cursor: the endCursor of the previous page. Omit for the first page.' })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}

// Relay's PageInfo. Lists page forward only (first/after); hasPreviousPage still tells the truth: false on the first
// page, and after a cursor whether any row of the list sorts at or before it (checked only when a query selects it).
@ObjectType({ description: 'Where a page of a connection lies in the whole list (Relay cursor connections spec).' })
export class PageInfo {
  @Field({ description: 'True when rows follow this page: ask for them with after: endCursor.' }) hasNextPage: boolean;
  @Field(() => Boolean, { description: 'True when rows of the list come before this page (only when paging with after; false on the first page).' })
  hasPreviousPage: boolean | Promise<boolean>;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null when the page is empty.' }) startCursor: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge of this page, to pass as after for the next page; null when the page is empty.',
  })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise behind a getter in paginate(): counted only when a query selects it. */
  totalCount: number | Promise<number>;
  totalCountIsEstimate: boolean | Promise<boolean>;
}

/** Builds a GraphQL connection type: `class GridConnection extends Connection(GridType, 'Grid') {}`. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page of the list, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge: pass it as after to continue the list after this node.' }) cursor: string;
    @Field(() => node, { description: `The ${name} itself.` }) node: T;
  }
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The page: at most first edges, in the list’s order.' }) edges: EdgeType[];
    @Field(() => PageInfo, { description: 'Whether rows come before or after this page, and the cursors at its ends.' }) pageInfo: PageInfo;
    @Field(() => Int, { description: `Rows matching the filter: exact up to ${EXACT_COUNT_LIMIT}, above that the planner's estimate` })
    totalCount: number;
    @Field({ description: 'True when totalCount is an estimate (more than ' + EXACT_COUNT_LIMIT + ' rows match)' })
    totalCountIsEstimate: boolean;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

type CursorValue = string | number | boolean | null;

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(values) && values.length === 2 && typeof values[1] === 'string') return values as CursorValue[];
  } catch {
    // fall through to the error below
  }
  throw new InvalidInput('after', 'is not a cursor returned by this list');
}

export interface SortSpec<T> {
  field: keyof T & string;
  direction: 'ASC' | 'DESC';
}

/**
 * Counted exactly up to this many rows; above it the total of a list is the planner's estimate, since
 * counting a province's 150,000 workers on every page costs more than the page itself (and nobody
 * reads "150,000" differently from "about 150,000").
 */
export const EXACT_COUNT_LIMIT = 10_000;

/** The statement counting the rows matching `where` up to EXACT_COUNT_LIMIT + 1, and the rows' own select. */
function cappedCount<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>) {
  const qb = (em as SqlEntityManager)
    .createQueryBuilder(entity)
    .select('id')
    .where(where as never);
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  return { select: sql, count: `select count(*)::int as n from (${sql} limit ${EXACT_COUNT_LIMIT + 1}) capped`, bindings: [...bindings] };
}

/**
 * Rows matching `where`: exact up to EXACT_COUNT_LIMIT (a capped count), else the planner's estimate.
 * `capped`: the capped count already made (in the page's statement).
 */
export async function countMatching<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  capped?: number,
): Promise<{ count: number; estimated: boolean }> {
  if (capped !== undefined && capped <= EXACT_COUNT_LIMIT) return { count: capped, estimated: false };
  const statement = cappedCount(em, entity, where);
  const connection = (em as SqlEntityManager).getConnection();
  const n = capped ?? (await connection.execute<{ n: number }[]>(statement.count, statement.bindings))[0].n;
  if (n <= EXACT_COUNT_LIMIT) return { count: n, estimated: false };
  const key = `${statement.select}\n${JSON.stringify(statement.bindings)}`;
  let estimate = estimates.get(key);
  if (!estimate || Date.now() - estimate.at > ESTIMATE_KEPT_MS) {
    const [plan] = await connection.execute<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(
      `explain (format json) ${statement.select}`,
      statement.bindings,
    );
    if (estimates.size >= ESTIMATES_KEPT) estimates.clear();
    estimates.set(key, (estimate = { rows: Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows']), at: Date.now() }));
  }
  return { count: Math.max(n, estimate.rows), estimated: true };
}

/**
 * The planner's estimates of large lists, kept for a minute per filter: an estimate changes only when
 * the table's statistics do, and asking for it again cost every page of a city or province a statement.
 */
const estimates = new Map<string, { rows: number; at: number }>();
const ESTIMATE_KEPT_MS = 60_000;
const ESTIMATES_KEPT = 1_000;

/** True when the field being resolved (a connection) selects `name` directly, in a fragment or not. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const within = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, seen);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(info.fragments[s.name.value]?.selectionSet, seen);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, new Set()));
}

/**
 * Adds totalCount and totalCountIsEstimate as getters: GraphQL reads a field only when the query
 * selects it, so the count runs (once) only then.
 */
function withLazyCount<T extends object, C extends object>(connection: C, em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, capped?: number) {
  let counted: Promise<{ count: number; estimated: boolean }> | null = null;
  const count = () => (counted ??= countMatching(em, entity, where, capped));
  return Object.defineProperties(connection, {
    totalCount: { enumerable: true, get: () => count().then((c) => c.count) },
    totalCountIsEstimate: { enumerable: true, get: () => count().then((c) => c.estimated) },
  }) as C & Pick<ConnectionShape<T>, 'totalCount' | 'totalCountIsEstimate'>;
}

/**
 * One page of `entity` matching `where`, ordered by `sort` then id. The sort field must be a scalar
 * column that is never null. With `rows`, the nodes are plain rows (scalar properties, and `{ id }`
 * for each many-to-one, like an unloaded reference) instead of managed entities: a read-only list
 * skips hydration and the identity map, which is most of its CPU. With `count` (the query selects
 * totalCount: see `selects`), a page of rows carries the capped count in the same statement.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  sort: SortSpec<T>,
  options: { populate?: readonly string[]; rows?: boolean; count?: boolean } = {},
): Promise<ConnectionShape<T>> {
  const op = sort.direction === 'ASC' ? '$gt' : '$lt';
  let pageWhere = where;
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    // The redundant bound on the sort field lets an index on (field, id) start at the cursor.
    const after = { [sort.field]: { [`${op}e`]: value }, $or: [{ [sort.field]: { [op]: value } }, { [sort.field]: value, id: { [op]: id } }] };
    pageWhere = { $and: [where, after] } as FilterQuery<T>;
  }
  const order = sort.direction === 'ASC' ? 'asc' : 'desc';
  const orderBy = { [sort.field]: order, id: order } as never;
  const { rows: asRows, count: countToo, ...findOptions } = options;
  const counting = asRows && countToo ? cappedCount(em, entity, where) : null;
  const rows = asRows
    ? await pageRows(em, entity, pageWhere, orderBy, args.first + 1, counting)
    : await em.find(entity, pageWhere, { ...(findOptions as object), orderBy, limit: args.first + 1 });
  // Counted with the page unless the page is empty (after the last cursor): then on its own, if asked.
  let capped: number | undefined;
  if (counting && rows.length) {
    capped = (rows[0] as Record<string, unknown>)[COUNT_COLUMN] as number;
    for (const row of rows as Record<string, unknown>[]) delete row[COUNT_COLUMN];
  }
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({
    node,
    cursor: encodeCursor([cursorValue(node[sort.field]), node.id]),
  }));
  const pageInfo: PageInfo = {
    hasNextPage: rows.length > args.first,
    hasPreviousPage: false,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  if (args.after) withLazyPrevious(pageInfo, em, entity, where, sort, decodeCursor(args.after));
  return withLazyCount({ edges, pageInfo }, em, entity, where, capped);
}

/** hasPreviousPage after a cursor: does any row of the list sort at or before it? One indexed lookup, run only when selected. */
function withLazyPrevious<T extends { id: string }>(
  pageInfo: PageInfo,
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  sort: SortSpec<T>,
  [value, id]: CursorValue[],
) {
  const op = sort.direction === 'ASC' ? '$lt' : '$gt';
  const atOrBefore = { [sort.field]: { [`${op}e`]: value }, $or: [{ [sort.field]: { [op]: value } }, { [sort.field]: value, id: { [`${op}e`]: id } }] };
  let found: Promise<boolean> | null = null;
  Object.defineProperty(pageInfo, 'hasPreviousPage', {
    enumerable: true,
    get: () => (found ??= em.findOne(entity, { $and: [where, atOrBefore] } as FilterQuery<T>, { fields: ['id'] as never }).then((row) => row !== null)),
  });
}

/** The page's column holding the capped count. */
const COUNT_COLUMN = '__capped_count';

/**
 * One page as plain rows mapped to property names, many-to-one keys as `{ id }`; with `counting`, each
 * row also carries the capped count (one statement where two cost a second round trip and query build).
 */
function pageRows<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: never,
  limit: number,
  counting: { count: string; bindings: unknown[] } | null,
): Promise<T[]> {
  return findRows(em, entity, where, { orderBy, limit, extra: counting ? raw(`(${counting.count}) as ${COUNT_COLUMN}`, counting.bindings) : undefined });
}

/**
 * Rows of `entity` matching `where` as plain objects: scalar properties by their names, each many-to-one
 * (and owning one-to-one) as `{ id }`, like an unloaded reference. For what only reads them (pages, and
 * the DataLoaders behind a page's nested fields), where hydrating entities was most of the CPU.
 */
export async function findRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: Record<string, 'asc' | 'desc'>; limit?: number; extra?: unknown } = {},
): Promise<T[]> {
  const qb = (em as SqlEntityManager)
    .createQueryBuilder(entity)
    .select(options.extra ? ['*', options.extra as never] : '*')
    .where(where as never);
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit !== undefined) qb.limit(options.limit);
  const rows = await qb.execute<EntityData<T>[]>('all', true);
  const meta = em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const references = Object.values(meta.properties)
    .filter((p) => p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner))
    .map((p) => p.name as string);
  for (const row of rows as Record<string, unknown>[]) for (const name of references) if (typeof row[name] === 'string') row[name] = { id: row[name] };
  return rows as unknown as T[];
}

function cursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as CursorValue;
  return String(value);
}
