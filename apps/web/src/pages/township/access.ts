import type { Role } from '../../graphql/generated';

/** Roles that may import a worker sheet (importWorkers; the api decides, this only hides the page). */
export const IMPORT_ROLES: readonly Role[] = ['TOWNSHIP_STAFF', 'COUNTY_PLC'];

/** The township's own pages: training, payroll, exits and the public roster. */
export const TOWNSHIP_ROLES: readonly Role[] = ['TOWNSHIP_STAFF'];
