// Who is calling, and the one scope mechanism every domain uses: a user's scope is a region subtree,
// expressed as the division-code prefix of their scope region. Out-of-scope lookups fail as NOT_FOUND.
import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Extensions, GqlExecutionContext } from '@nestjs/graphql';
import { NotFound, Unauthenticated } from './errors';

export enum Role {
  TOWNSHIP_STAFF = 'TOWNSHIP_STAFF',
  COUNTY_PLC = 'COUNTY_PLC',
  FINANCE = 'FINANCE',
  CITY_ADMIN = 'CITY_ADMIN',
  SYSADMIN = 'SYSADMIN',
}

export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  /** Division-code prefix of the user's scope region (2, 4, 6, 9 or 12 digits). */
  scopePrefix: string;
}

/** True when the region with this code lies in the user's subtree. */
export function inScope(user: AuthUser, regionCode: string): boolean {
  return regionCode.startsWith(user.scopePrefix);
}

/**
 * True for records of the user's subtree and for records owned by a region above the user (a county's
 * session, campaign or scan, seen by a township under it). `ownerPrefix` is the owning region's prefix.
 */
export function inScopeOrAbove(user: AuthUser, regionCode: string, ownerPrefix: string): boolean {
  return inScope(user, regionCode) || user.scopePrefix.startsWith(ownerPrefix);
}

/** The prefixes of every level above a scope prefix, the whole country ('') first. */
export function ancestorPrefixes(prefix: string): string[] {
  return ['', ...[2, 4, 6, 9].filter((n) => n < prefix.length).map((n) => prefix.slice(0, n))];
}

/** MikroORM filter restricting a query to the user's subtree through an entity's `regionCode` column. */
export function scopeWhere(user: AuthUser): { regionCode: { $like: string } } {
  return { regionCode: { $like: `${user.scopePrefix}%` } };
}

/** Fails closed: an entity outside the caller's scope is reported exactly like a missing one. */
export function assertInScope<T extends { regionCode: string }>(user: AuthUser, entity: T | null | undefined, name: string, id: string): T {
  if (!entity || !inScope(user, entity.regionCode)) throw new NotFound(name, id);
  return entity;
}

export const PUBLIC_KEY = 'gridhr:public';
/** Marks a controller route as callable without a token (health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Marks a GraphQL query or mutation as callable without a token (login); also on the schema field. */
export const PublicField = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), Extensions({ public: true }));

export const ROLES_KEY = 'gridhr:roles';

/**
 * Restricts a query or mutation to these roles; scope is still checked by the service. The roles are
 * also kept on the schema field, so a whole operation is refused before its variables are read.
 */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), Extensions({ roles }));

export function requestFromContext(context: ExecutionContext): { user?: AuthUser; headers: Record<string, string | undefined> } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestFromContext(context).user;
  if (!user) throw new Unauthenticated('Sign in first');
  return user;
});
