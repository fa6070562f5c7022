import { defineErrors } from '@gridhr/common';

export enum WorkersReason {
  /** One ID number is one person: a worker record for it exists. */
  PERSON_REGISTERED = 'PERSON_REGISTERED',
  /** A worker of a one-grid category is on duty in more than one grid, or would be. */
  ONE_GRID_ONLY = 'ONE_GRID_ONLY',
  /** A condition for going on duty is not met (another domain's, e.g. the pre-job training). */
  ACTIVATION_BLOCKED = 'ACTIVATION_BLOCKED',
  /** The worker's status does not allow this (exited, candidate). */
  WORKER_STATUS = 'WORKER_STATUS',
  ALREADY_ON_DUTY = 'ALREADY_ON_DUTY',
  ASSIGNMENT_ENDED = 'ASSIGNMENT_ENDED',
  /** Moving a worker to another township is a transfer, done by the county. */
  TRANSFER_BY_COUNTY = 'TRANSFER_BY_COUNTY',
  /** The township has no active grid, so no roster to post. */
  ROSTER_EMPTY = 'ROSTER_EMPTY',
  /** The roster is the same as the last publication. */
  ROSTER_UNCHANGED = 'ROSTER_UNCHANGED',
  /** Searching by a full ID number or phone is a reveal, which this role may not make (finance searches by name and region). */
  REVEAL_FORBIDDEN = 'REVEAL_FORBIDDEN',
  /** Too many reveals (full ID numbers, searches by ID number or phone) in the window; `retryAfterSeconds` says when. */
  REVEALS_THROTTLED = 'REVEALS_THROTTLED',
}

export const workersError = defineErrors<WorkersReason>('workers', {
  PERSON_REGISTERED: 'CONFLICT',
  ONE_GRID_ONLY: 'CONFLICT',
  ACTIVATION_BLOCKED: 'CONFLICT',
  WORKER_STATUS: 'CONFLICT',
  ALREADY_ON_DUTY: 'CONFLICT',
  ASSIGNMENT_ENDED: 'CONFLICT',
  TRANSFER_BY_COUNTY: 'FORBIDDEN',
  ROSTER_EMPTY: 'CONFLICT',
  ROSTER_UNCHANGED: 'CONFLICT',
  REVEAL_FORBIDDEN: 'FORBIDDEN',
  REVEALS_THROTTLED: 'TOO_MANY_REQUESTS',
});
