import type { Role } from '../../graphql/generated';

/** Roles that open exits and work through their checklists (openExit, completeExitStep); the api decides. */
export const EXIT_ROLES: readonly Role[] = ['TOWNSHIP_STAFF', 'COUNTY_PLC'];
