// The demo's pay: the county in Shanxi's tier 一类 (1,980 yuan from 2023-01-01), performance pay of
// full-time workers by last year's assessment level, six months of payroll
// approved and paid in every township, half months of 非全日制 pay settled, and last month's payroll of
// 西山乡 submitted with one breach waiting: a village part-timer docked below the 500-yuan rural floor.
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, fen, percentOfFen } from '@gridhr/common';
import { SYSTEM_ACTOR } from '@gridhr/audit';
import { Contract, ContractKind } from '@gridhr/contracts';
import { Region } from '@gridhr/org';
import { PolicySetting } from '@gridhr/policy';
import { CountyWageTier, PayItem, PayItemKind, PayPeriodKind, PayrollRunStatus, PayrollService, payPeriod, previousMonth } from '@gridhr/pay';
import { Worker, WorkerCategory, WorkerStatus } from '@gridhr/workers';

const TOWNSHIPS = ['140799001000', '140799101000', '140799102000'];
const BREACH_TOWNSHIP = '140799102000';

export async function seedDemoPay(tx: EntityManager, payroll: PayrollService, today: string): Promise<void> {
  const regions = new Map((await tx.find(Region, { code: { $in: TOWNSHIPS } })).map((r) => [r.code, r]));
  const workers = await tx.find(Worker, { regionCode: { $like: '140799%' } }, { orderBy: { regionCode: 'asc', name: 'asc', id: 'asc' } });
  tx.create(CountyWageTier, {
    countyCode: '140799',
    tier: '一类',
    effectiveFrom: '2023-01-01',
    source: '山西省最低工资标准通知（2023-01-01起）附件（演示）',
    setBy: 'demo',
  });
  // Performance pay of full-time workers by last year's assessment level.
  tx.create(PolicySetting, {
    regionCode: '140799000000',
    key: 'pay.performanceByLevelFen',
    value: { categories: ['FULL_TIME'], amounts: { EXCELLENT: 60_000, COMPETENT: 30_000, BASIC: 10_000, INCOMPETENT: 0 } },
    effectiveFrom: '2026-01-01',
    source: '网格示范县网格员绩效工资办法（演示）',
  });
  const current = today.slice(0, 7);
  const waiting = previousMonth(current);
  const months: string[] = [waiting];
  while (months.length < 7) months.unshift(previousMonth(months[0]));
  const contracts = await tx.find(Contract, { worker: { $in: workers.map((w) => w.id) } });
  const contractOf = (w: Worker) => contracts.find((c) => c.worker.id === w.id);
  const active = workers.filter((w) => w.status === WorkerStatus.ACTIVE && contractOf(w));
  const docked = active.find((w) => w.regionCode.startsWith(BREACH_TOWNSHIP.slice(0, 9)) && w.category === WorkerCategory.PART_TIME)!;
  for (const month of [...months, current]) {
    for (const worker of active) {
      const contract = contractOf(worker)!;
      const item = (kind: PayItemKind, amountFen: number, periodFrom = `${month}-01`, minutes: number | null = null) =>
        tx.create(PayItem, { worker, regionCode: worker.regionCode, periodFrom, kind, amountFen: fen(amountFen), minutes, enteredBy: 'demo' });
      if (worker.category === WorkerCategory.FULL_TIME) {
        // Pension 8%, medical 2%, unemployment 0.5% withheld; the employer's share about 26%.
        item(PayItemKind.OWN_INSURANCE, percentOfFen(contract.monthlyBasePayFen, 10.5));
        item(PayItemKind.EMPLOYER_INSURANCE, percentOfFen(contract.monthlyBasePayFen, 26));
      } else if (contract.kind === ContractKind.PART_TIME_AGREEMENT) {
        // 16 hours a half month: 400 yuan for 16 hours is 25 yuan an hour, above Shanxi's 21.30.
        item(PayItemKind.HOURS, 0, `${month}-01`, 16 * 60);
        item(PayItemKind.HOURS, 0, `${month}-16`, 16 * 60);
      }
      if (worker === docked && month === waiting) item(PayItemKind.DEDUCTION, 32_000);
    }
  }
  await tx.flush();
  for (const code of TOWNSHIPS) {
    const township = regions.get(code)!;
    for (const month of [...months, current]) {
      const runs = await payroll.generate(tx, SYSTEM_ACTOR, township, month);
      for (const run of runs) {
        const due = payPeriod(month, run.periodKind).to;
        if (due >= today) continue; // a period not over stays a draft
        if (code === BREACH_TOWNSHIP && month === waiting && run.periodKind === PayPeriodKind.MONTH) {
          Object.assign(run, { status: PayrollRunStatus.SUBMITTED, submittedBy: 'township' });
          continue;
        }
        const settled = addDays(due, run.periodKind === PayPeriodKind.MONTH ? 8 : 3);
        Object.assign(run, { status: PayrollRunStatus.PAID, submittedBy: 'township', approvedBy: 'finance', approvedOn: settled, paidOn: settled });
      }
    }
  }
}
