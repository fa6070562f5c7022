// Queue and job names shared by the api (producers) and the worker (processors and schedulers).
export const QUEUES = {
  maintenance: 'maintenance',
} as const;

export const JOBS = {
  /** Recompute subtree totals (grids, households, population) for regions under a code prefix. */
  regionStats: 'region-stats',
} as const;

export interface RegionStatsJob {
  /** Division-code prefix of the subtree to refresh; '' refreshes everything. */
  prefix: string;
}

export const SCHEDULERS = {
  nightlyRegionStats: 'nightly:region-stats',
} as const;
