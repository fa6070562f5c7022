import { defineErrors } from '@gridhr/common';

export enum AssessmentReason {
  /** Policy assessment.cycleOwner gives cycles to another level, or the caller is not its owner. */
  CYCLE_OWNER = 'CYCLE_OWNER',
  /** A cycle of this kind and period exists for the region. */
  CYCLE_EXISTS = 'CYCLE_EXISTS',
  /** The cycle is finalised (locked): re-open it to correct it. */
  CYCLE_FINALISED = 'CYCLE_FINALISED',
  /** The cycle is open: this needs a finalised one. */
  CYCLE_OPEN = 'CYCLE_OPEN',
  /** A cycle is finalised after its period, not before. */
  PERIOD_NOT_ENDED = 'PERIOD_NOT_ENDED',
  /** Rated workers without a final score. */
  SCORES_MISSING = 'SCORES_MISSING',
  /** More EXCELLENT than the policy quota allows. */
  EXCELLENT_QUOTA = 'EXCELLENT_QUOTA',
  /** A later cycle of the same kind is finalised: its stars build on this one. */
  LATER_CYCLE_FINALISED = 'LATER_CYCLE_FINALISED',
  /** The indicator is entered by another unit (or computed). */
  INDICATOR_NOT_YOURS = 'INDICATOR_NOT_YOURS',
  /** The worker is not rated in this cycle. */
  NOT_RATED = 'NOT_RATED',
  /** Labor Contract Law art. 40(2): training or another post first, and a later rating still incompetent. */
  IMPROVEMENT_FIRST = 'IMPROVEMENT_FIRST',
  /** Labor Contract Law art. 42: a protection on record forbids the dismissal. */
  PROTECTED_ART_42 = 'PROTECTED_ART_42',
  /** Replacement follows an INCOMPETENT rating only (and not for a village cadre, who loses the grid role). */
  NOT_REPLACEABLE = 'NOT_REPLACEABLE',
  /** The consequence's kind or status does not allow this step. */
  CONSEQUENCE_STATUS = 'CONSEQUENCE_STATUS',
  /** A work record for a period inside a finalised cycle. */
  PERIOD_LOCKED = 'PERIOD_LOCKED',
}

export const assessmentError = defineErrors<AssessmentReason>('assessment', {
  CYCLE_OWNER: 'FORBIDDEN',
  CYCLE_EXISTS: 'CONFLICT',
  CYCLE_FINALISED: 'CONFLICT',
  CYCLE_OPEN: 'CONFLICT',
  PERIOD_NOT_ENDED: 'CONFLICT',
  SCORES_MISSING: 'CONFLICT',
  EXCELLENT_QUOTA: 'CONFLICT',
  LATER_CYCLE_FINALISED: 'CONFLICT',
  INDICATOR_NOT_YOURS: 'FORBIDDEN',
  NOT_RATED: 'CONFLICT',
  IMPROVEMENT_FIRST: 'CONFLICT',
  PROTECTED_ART_42: 'CONFLICT',
  NOT_REPLACEABLE: 'CONFLICT',
  CONSEQUENCE_STATUS: 'CONFLICT',
  PERIOD_LOCKED: 'CONFLICT',
});
