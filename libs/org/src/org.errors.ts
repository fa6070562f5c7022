import { defineErrors } from '@gridhr/common';

export enum OrgReason {
  /** The region or grid is deactivated. */
  REGION_INACTIVE = 'REGION_INACTIVE',
  GRID_INACTIVE = 'GRID_INACTIVE',
  /** A region or grid code already used. */
  CODE_TAKEN = 'CODE_TAKEN',
  /** A region still has active sub-regions or grids. */
  REGION_NOT_EMPTY = 'REGION_NOT_EMPTY',
  ALREADY_INACTIVE = 'ALREADY_INACTIVE',
}

export const orgError = defineErrors<OrgReason>('org', {
  REGION_INACTIVE: 'CONFLICT',
  GRID_INACTIVE: 'CONFLICT',
  CODE_TAKEN: 'CONFLICT',
  REGION_NOT_EMPTY: 'CONFLICT',
  ALREADY_INACTIVE: 'CONFLICT',
});
