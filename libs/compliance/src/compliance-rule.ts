// What a domain gives the flag engine: one rule = one set-based SQL query over a chunk of subjects.
import type { PolicyKey } from '@gridhr/policy';
import { SubjectType } from './compliance.enums';

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
  /** The regulation the rule enforces, cited on every flag. */
  citation: string;
  policyKeys: PolicyKey[];
  sql: string;
  /**
   * The periods a scan on `asOf` judges. Open flags of other periods are left alone (a year-end failure
   * of 2025 is history, not cleared by the 2027 scans). Absent: the rule judges every period.
   */
  periods?: (asOf: string) => string[];
}

/** Where each kind of subject lives, for chunking and scope. */
export const SUBJECT_TABLES: Record<SubjectType, { table: string; codeColumn: string }> = {
  [SubjectType.WORKER]: { table: 'worker', codeColumn: 'region_code' },
  [SubjectType.CONTRACT]: { table: 'contract', codeColumn: 'region_code' },
  [SubjectType.GRID]: { table: 'grid', codeColumn: 'region_code' },
  [SubjectType.REGION]: { table: 'region', codeColumn: 'code' },
};
