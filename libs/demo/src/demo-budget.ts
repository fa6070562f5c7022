// The demo's budgets for this year: the county's and 城关街道's, planned from this year's headcount.
import { EntityManager } from '@mikro-orm/postgresql';
import { fen, percentOfFen } from '@gridhr/common';
import { Budget, BudgetLine } from '@gridhr/budget';
import { Region } from '@gridhr/org';
import { Worker, WorkerCategory, WorkerStatus } from '@gridhr/workers';

export function seedDemoBudgets(tx: EntityManager, regions: Map<string, Region>, workers: Worker[], today: string): void {
  const year = Number(today.slice(0, 4));
  for (const code of ['140799000000', '140799001000']) {
    const region = regions.get(code)!;
    const mine = workers.filter((w) => w.status === WorkerStatus.ACTIVE && w.regionCode.startsWith(region.prefix));
    const count = (category: WorkerCategory) => mine.filter((w) => w.category === category).length;
    const budget = tx.create(Budget, {
      region,
      regionCode: code,
      year,
      accidentPremiumsFen: fen(count(WorkerCategory.PART_TIME) * 12_000),
      trainingFundsFen: fen(code.endsWith('000000') ? 3_000_000 : 800_000),
      note: `${year}年网格员经费预算（演示）`,
      updatedBy: 'finance',
    });
    const pay = fen(340_000);
    tx.create(BudgetLine, {
      budget,
      category: WorkerCategory.FULL_TIME,
      headcount: count(WorkerCategory.FULL_TIME) + 1,
      monthlyPayFen: pay,
      monthlyEmployerInsuranceFen: percentOfFen(pay, 26),
      months: 12,
    });
    tx.create(BudgetLine, {
      budget,
      category: WorkerCategory.PART_TIME,
      headcount: count(WorkerCategory.PART_TIME),
      monthlyPayFen: fen(80_000),
      monthlyEmployerInsuranceFen: fen(0),
      months: 12,
    });
  }
}
