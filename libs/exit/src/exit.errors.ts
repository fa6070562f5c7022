import { defineErrors } from '@gridhr/common';

export enum ExitErrorReason {
  /** The worker has left or is leaving: one exit per worker. */
  ALREADY_EXITING = 'ALREADY_EXITING',
  /** Art. 37/40: the notice has not run out by the last day. */
  NOTICE_TOO_SHORT = 'NOTICE_TOO_SHORT',
  /** Art. 39/43: no misconduct finding or criminal liability, or the union not notified. */
  NO_GROUNDS = 'NO_GROUNDS',
  /** Labor Contract Law art. 42/45: a protection on record forbids or postpones the exit. */
  EXIT_PROTECTED_ART_42 = 'EXIT_PROTECTED_ART_42',
  /** REPLACED without the county's replacement decision (replaceWorker) on record. */
  NO_REPLACEMENT_DECISION = 'NO_REPLACEMENT_DECISION',
  /** The step is done already (steps are dated once). */
  STEP_DONE = 'STEP_DONE',
  /** A step needs an earlier one done first (the final pay: the contract ended). */
  STEP_ORDER = 'STEP_ORDER',
  /** Policy exit.rehireBlock: dismissed for misconduct. */
  REHIRE_BLOCKED = 'REHIRE_BLOCKED',
}

export const exitError = defineErrors<ExitErrorReason>('exit', {
  ALREADY_EXITING: 'CONFLICT',
  NOTICE_TOO_SHORT: 'BAD_USER_INPUT',
  NO_GROUNDS: 'CONFLICT',
  EXIT_PROTECTED_ART_42: 'CONFLICT',
  NO_REPLACEMENT_DECISION: 'CONFLICT',
  STEP_DONE: 'CONFLICT',
  STEP_ORDER: 'CONFLICT',
  REHIRE_BLOCKED: 'CONFLICT',
});
