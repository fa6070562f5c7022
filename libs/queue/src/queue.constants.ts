// Queue and job names shared by the api (producers) and the worker (processors and schedulers).
export const QUEUES = {
  maintenance: 'maintenance',
  compliance: 'compliance',
  recruiting: 'recruiting',
} as const;

export const JOBS = {
  /** Recompute subtree totals (grids, households, population) for regions under a code prefix. */
  regionStats: 'region-stats',
  /** Run the compliance rules over a subtree and open, update or resolve flags. */
  complianceScan: 'compliance-scan',
  /** End a campaign's publicity period (公示) and move clean applicants on. */
  publicityEnd: 'publicity-end',
  /** Daily: end any publicity period whose job was lost. */
  publicitySweep: 'publicity-sweep',
} as const;

export interface PublicityEndJob {
  campaignId: string;
  endsOn: string;
}

export interface RegionStatsJob {
  /** Division-code prefix of the subtree to refresh; '' refreshes everything. */
  prefix: string;
}

export const SCHEDULERS = {
  nightlyRegionStats: 'nightly:region-stats',
  dailyComplianceScan: 'daily:compliance-scan',
  dailyPublicitySweep: 'daily:publicity-sweep',
} as const;

export interface ComplianceScanJob {
  /** The scan run row that reports this job; set when the job is first picked up. */
  scanRunId?: string;
  /** Division-code prefix of the subtree; '' scans everything. */
  prefix: string;
  /** Rule ids to run; all when absent. */
  rules?: string[];
  /** The day the rules are evaluated for, fixed when the job starts so a resumed job measures the same day. */
  asOf?: string;
  /** Where a resumed job picks up: the rule's position and the last subject id done. */
  cursor?: { rule: number; afterId: string | null };
}
