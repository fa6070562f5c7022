import type { Role } from './graphql/generated';

/** Roles that keep the worker register (the api scopes what each sees and masks what it must). */
export const REGISTER_ROLES: readonly Role[] = ['TOWNSHIP_STAFF', 'COUNTY_PLC', 'FINANCE', 'CITY_ADMIN', 'SYSADMIN'];

/** Roles that keep the register and may edit a record (the api decides; this only hides the button). */
export const EDIT_ROLES: readonly Role[] = ['TOWNSHIP_STAFF', 'COUNTY_PLC'];

/** Roles that may read a record's change history (auditHistory). */
export const HISTORY_ROLES: readonly Role[] = ['COUNTY_PLC', 'SYSADMIN'];

/** Roles that approve payroll, download finance reports and follow the budget. */
export const FINANCE_ROLES: readonly Role[] = ['FINANCE'];

/** Roles that administer users, regions, policy settings and the minimum-wage table. */
export const ADMIN_ROLES: readonly Role[] = ['CITY_ADMIN', 'SYSADMIN'];

/** Roles that list and create accounts (users, createUser). */
export const USER_ADMIN_ROLES: readonly Role[] = ['SYSADMIN'];

/** Roles that enter and confirm minimum-wage rows (addMinimumWage, confirmMinimumWage). */
export const WAGE_TABLE_ROLES: readonly Role[] = ['SYSADMIN'];
