// Vocabulary of the compliance-flag engine (DESIGN §10).
export enum Severity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

/** Ordered from least to most severe (the database enum keeps this order, so `>=` works in SQL too). */
export const SEVERITY_ORDER = [Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL];

export enum SubjectType {
  WORKER = 'WORKER',
  CONTRACT = 'CONTRACT',
  GRID = 'GRID',
  REGION = 'REGION',
}

export enum ScanStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export enum ScanTrigger {
  SCHEDULE = 'SCHEDULE',
  MANUAL = 'MANUAL',
}
