import { defineErrors } from '@gridhr/common';

export enum TrainingReason {
  /** The caller's role does not organise sessions of this level. */
  LEVEL_NOT_ORGANISED = 'LEVEL_NOT_ORGANISED',
  /** Only the organiser changes a session. */
  NOT_ORGANISER = 'NOT_ORGANISER',
  /** Attendance is recorded: the session cannot move into the future. */
  ATTENDANCE_RECORDED = 'ATTENDANCE_RECORDED',
  /** Attendance is recorded once the session has been held. */
  SESSION_NOT_HELD = 'SESSION_NOT_HELD',
}

export const trainingError = defineErrors<TrainingReason>('training', {
  LEVEL_NOT_ORGANISED: 'FORBIDDEN',
  NOT_ORGANISER: 'FORBIDDEN',
  ATTENDANCE_RECORDED: 'CONFLICT',
  SESSION_NOT_HELD: 'CONFLICT',
});
