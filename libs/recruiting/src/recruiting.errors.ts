import { defineErrors } from '@gridhr/common';

export enum RecruitingReason {
  /** Only the county political-legal committee does this (runs its campaigns, vets, decides objections). */
  COUNTY_ONLY = 'COUNTY_ONLY',
  /** The campaign's status does not allow this step. */
  CAMPAIGN_STATUS = 'CAMPAIGN_STATUS',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  /** The applicant already has a grid-worker record: a county matter, not recruiting. */
  HAS_WORKER_RECORD = 'HAS_WORKER_RECORD',
  /** The application is at a stage from which this move is not possible. */
  STAGE_NOT_ALLOWED = 'STAGE_NOT_ALLOWED',
  /** The caller's role may not make this move at this stage. */
  STAGE_ROLE = 'STAGE_ROLE',
  /** The exam cannot be closed yet (pending eligibility, missing scores, nobody at EXAM). */
  EXAM_NOT_READY = 'EXAM_NOT_READY',
  EXAM_CLOSED = 'EXAM_CLOSED',
  NOBODY_VETTED = 'NOBODY_VETTED',
  PUBLICITY_OPEN = 'PUBLICITY_OPEN',
  OBJECTION_DECIDED = 'OBJECTION_DECIDED',
  /** An extra exam (加试) score for an applicant who is not tied for a place. */
  NOT_TIED = 'NOT_TIED',
  /** A condition for going on duty is not met (the pre-job training). */
  ACTIVATION_BLOCKED = 'ACTIVATION_BLOCKED',
}

export const recruitingError = defineErrors<RecruitingReason>('recruiting', {
  COUNTY_ONLY: 'FORBIDDEN',
  CAMPAIGN_STATUS: 'CONFLICT',
  REGISTRATION_CLOSED: 'CONFLICT',
  ALREADY_APPLIED: 'CONFLICT',
  HAS_WORKER_RECORD: 'CONFLICT',
  STAGE_NOT_ALLOWED: 'CONFLICT',
  STAGE_ROLE: 'FORBIDDEN',
  EXAM_NOT_READY: 'CONFLICT',
  EXAM_CLOSED: 'CONFLICT',
  NOBODY_VETTED: 'CONFLICT',
  PUBLICITY_OPEN: 'CONFLICT',
  OBJECTION_DECIDED: 'CONFLICT',
  NOT_TIED: 'CONFLICT',
  ACTIVATION_BLOCKED: 'CONFLICT',
});
