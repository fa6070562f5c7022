import { defineErrors } from '@gridhr/common';

export enum PayReason {
  /** The run is not in the status the action needs. */
  RUN_STATUS = 'RUN_STATUS',
  /** A line is short of a legal floor, or its floor cannot be checked. */
  FLOOR_BREACH = 'FLOOR_BREACH',
  /** The period's regular run is submitted or approved: its inputs are locked. */
  PERIOD_LOCKED = 'PERIOD_LOCKED',
  /** An adjustment needs an approved regular run, and differences to pay. */
  NOTHING_TO_ADJUST = 'NOTHING_TO_ADJUST',
  /** An adjustment of the period is already open. */
  ADJUSTMENT_OPEN = 'ADJUSTMENT_OPEN',
  /** The township has nobody to pay in the period. */
  NOBODY_TO_PAY = 'NOBODY_TO_PAY',
  /** A minimum-wage row cannot be confirmed as it is. */
  WAGE_UNCONFIRMABLE = 'WAGE_UNCONFIRMABLE',
  /** Pay lines were checked against this row: a new notice is a new row, so history stays as it was. */
  WAGE_IN_USE = 'WAGE_IN_USE',
}

export const payError = defineErrors<PayReason>('pay', {
  RUN_STATUS: 'CONFLICT',
  FLOOR_BREACH: 'CONFLICT',
  PERIOD_LOCKED: 'CONFLICT',
  NOTHING_TO_ADJUST: 'CONFLICT',
  ADJUSTMENT_OPEN: 'CONFLICT',
  NOBODY_TO_PAY: 'CONFLICT',
  WAGE_UNCONFIRMABLE: 'CONFLICT',
  WAGE_IN_USE: 'CONFLICT',
});
