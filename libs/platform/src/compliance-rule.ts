// What a domain gives the flag engine: one rule = one set-based SQL query over a chunk of subjects.

/** How urgent a compliance flag is. */
export enum Severity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

/** Ordered from least to most severe (the database enum keeps this order, so `>=` works in SQL too). */
export const SEVERITY_ORDER = [Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL];

/** What a finding is about. */
export enum SubjectType {
  WORKER = 'WORKER',
  CONTRACT = 'CONTRACT',
  GRID = 'GRID',
  REGION = 'REGION',
}

/**
 * A compliance rule. `sql` is a SELECT returning one row per finding, with the columns
 *   subject_id uuid, worker_id uuid (the worker concerned, or null), region_code text, period text,
 *   severity text (a Severity), message text, details jsonb (or null)
 * and may read these relations, which the engine provides:
 *   chunk(id)                      the subjects of this chunk (ids of the subject table);
 *   scan(as_of date)               the day being evaluated;
 *   policy(region_code text, v jsonb)
 *                                  for each region of the chunk's subjects, the values of `policyKeys`
 *                                  in force on as_of (v->'key'), inherited down the region tree.
 * Subjects of the chunk without a finding have their open flags of this rule resolved. The engine binds
 * parameters with `?`, so the SQL must not use the jsonb `?` operators (use jsonb_exists and friends).
 */
export interface ComplianceRule {
  id: string;
  subject: SubjectType;
  title: string;
  /** The title in Chinese, as offices read it (the daily digest to their chat). */
  titleZh: string;
  /** The regulation the rule enforces, cited on every flag. */
  citation: string;
  /** Policy keys the SQL reads through `policy`; each must be declared by a domain (checked at boot). */
  policyKeys: string[];
  sql: string;
  /**
   * The periods a scan on `asOf` judges. Open flags of other periods are left alone (a year-end failure
   * of 2025 is history, not cleared by the 2027 scans). Absent: the rule judges every period.
   */
  periods?: (asOf: string) => string[];
}
