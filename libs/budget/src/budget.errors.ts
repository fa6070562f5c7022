import { defineErrors } from '@gridhr/common';

export enum BudgetReason {
  /** The budget was changed since the caller read it. */
  BUDGET_CHANGED = 'BUDGET_CHANGED',
}

export const budgetError = defineErrors<BudgetReason>('budget', {
  BUDGET_CHANGED: 'CONFLICT',
});
