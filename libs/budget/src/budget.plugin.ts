import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { Budget, BudgetLine } from './budget.entity';
import { BudgetModule } from './budget.module';
import { BUDGET_POLICIES } from './budget.policies';
import { BudgetExecutionReport } from './budget.reports';
import { BUDGET_RULES } from './budget-scans';

/** Budgets for grid workers per county and township per year, and their execution (DESIGN §8). */
export const budgetPlugin: DomainPlugin = {
  name: 'budget',
  module: BudgetModule,
  entities: [Budget, BudgetLine],
  rules: BUDGET_RULES,
  policies: BUDGET_POLICIES,
  reports: [BudgetExecutionReport],
  costs: {
    budgetExecution: CostClass.REPORT,
  },
};
