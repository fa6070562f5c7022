import { defineJob } from '@gridhr/queue';

export interface ComplianceScanJob {
  /** The scan run row that reports this job; set when the job is first picked up. */
  scanRunId?: string;
  /** Division-code prefix of the subtree; '' scans everything. */
  prefix: string;
  /** Rule ids to run; all when absent. */
  rules?: string[];
  /** The day the rules are evaluated for, fixed when the job starts so a resumed job measures the same day. */
  asOf?: string;
  /** Where a resumed job picks up: the rules finished, and for each rule under way the last subject id done. */
  progress?: ScanProgress;
}

export interface ScanProgress {
  done: string[];
  running: { rule: string; afterId: string | null }[];
}

/** Run the compliance rules over a subtree and open, update or resolve flags. */
export const COMPLIANCE_SCAN = defineJob<ComplianceScanJob>('compliance', 'compliance-scan');
