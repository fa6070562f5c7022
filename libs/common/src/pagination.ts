// Relay-style connections with keyset cursors (sort value + id), never OFFSET.
import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { InvalidInput } from './errors';

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1-100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a GraphQL connection type: `class GridConnection extends Connection(GridType, 'Grid') {}`. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
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
 * One page of `entity` matching `where`, ordered by `sort` then id. The sort field must be a scalar
 * column that is never null.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  sort: SortSpec<T>,
  options: { populate?: readonly string[] } = {},
): Promise<ConnectionShape<T>> {
  const op = sort.direction === 'ASC' ? '$gt' : '$lt';
  let pageWhere = where;
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    const after = { $or: [{ [sort.field]: { [op]: value } }, { [sort.field]: value, id: { [op]: id } }] };
    pageWhere = { $and: [where, after] } as FilterQuery<T>;
  }
  const order = sort.direction === 'ASC' ? 'asc' : 'desc';
  const rows = await em.find(entity, pageWhere, {
    ...(options as object),
    orderBy: { [sort.field]: order, id: order } as never,
    limit: args.first + 1,
  });
  const totalCount = await em.count(entity, where);
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({
    node,
    cursor: encodeCursor([cursorValue(node[sort.field]), node.id]),
  }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

function cursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as CursorValue;
  return String(value);
}
