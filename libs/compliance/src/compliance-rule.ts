// Where each kind of subject lives, for chunking and scope. The rule contract is in @gridhr/platform.
import { SubjectType } from '@gridhr/platform';

export type { ComplianceRule } from '@gridhr/platform';

export const SUBJECT_TABLES: Record<SubjectType, { table: string; codeColumn: string }> = {
  [SubjectType.WORKER]: { table: 'worker', codeColumn: 'region_code' },
  [SubjectType.CONTRACT]: { table: 'contract', codeColumn: 'region_code' },
  [SubjectType.GRID]: { table: 'grid', codeColumn: 'region_code' },
  [SubjectType.REGION]: { table: 'region', codeColumn: 'code' },
};
