// Vocabulary of the compliance-flag engine (DESIGN §10). Severity and SubjectType belong to the rules
// the domains declare, so they live with the rule contract in @gridhr/platform.
export { SEVERITY_ORDER, Severity, SubjectType } from '@gridhr/platform';

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
