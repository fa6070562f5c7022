// Computes a township's pay lines for one period from what is on record: the contracts in force (base pay,
// prorated by day, the probation wage during probation), the period's pay items, the grids (rural or not),
// and the legal floors with the minimum-wage row in force on the period's first day.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { daysBetween, Fen, fen } from '@gridhr/common';
import { Contract, ContractKind, ContractStatus } from '@gridhr/contracts';
import { GridSetting, Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { AssessmentQueries } from '@gridhr/assessment';
import { GridAssignment, Worker } from '@gridhr/workers';
import { CountyWageTier, MinimumWage } from './minimum-wage.entity';
import { minimumWageOn, tierOn } from './minimum-wage.rules';
import { PayItem } from './pay-item.entity';
import { PayItemKind, PayPeriodKind } from './pay.enums';
import { PAY_POLICIES, PerformancePay } from './pay.policies';
import { ComputedLine, zeroAmounts } from './payroll-lines.rules';
import { employedDays, floorChecks, PayAmounts, PayPeriod, payPeriod, prorate } from './pay.rules';

const SIGNED = [ContractStatus.ACTIVE, ContractStatus.ENDED, ContractStatus.TERMINATED];
const ITEM_FIELD: Record<Exclude<PayItemKind, PayItemKind.HOURS>, keyof Omit<PayAmounts, 'minutes' | 'base'>> = {
  PERFORMANCE: 'performance',
  REWARD: 'reward',
  PER_CASE: 'perCase',
  ALLOWANCE: 'allowance',
  SPECIAL_ALLOWANCE: 'specialAllowance',
  OVERTIME: 'overtime',
  DEDUCTION: 'deduction',
  OWN_INSURANCE: 'ownInsurance',
  EMPLOYER_INSURANCE: 'employerInsurance',
  SEVERANCE: 'exitPay',
  PAY_IN_LIEU: 'exitPay',
};

/** Days of [from, to] within [a, b] (null b: open). */
function overlap(from: string, to: string, a: string, b: string | null): number {
  const start = a > from ? a : from;
  const end = b !== null && b < to ? b : to;
  return end < start ? 0 : daysBetween(start, end) + 1;
}

const endOf = (c: Contract) => (c.endedOn && (!c.endDate || c.endedOn < c.endDate) ? c.endedOn : c.endDate);

/** Whether a worker's pay is settled in half months: a 非全日制 contract in force on some day of the month (Labor Contract Law art. 72). */
export function paidHourly(contracts: readonly Contract[], month: string): boolean {
  const m = payPeriod(month, PayPeriodKind.MONTH);
  return contracts.some((c) => c.kind === ContractKind.PART_TIME_AGREEMENT && overlap(m.from, m.to, c.startDate, endOf(c)) > 0);
}

@Injectable()
export class PayrollBuilder {
  constructor(
    private readonly policy: PolicyService,
    private readonly assessments: AssessmentQueries,
  ) {}

  async compute(em: EntityManager, township: Region, period: PayPeriod): Promise<ComputedLine[]> {
    const month = payPeriod(period.month, PayPeriodKind.MONTH);
    const monthDays = daysBetween(month.from, month.to) + 1;
    const workers = await em.find(Worker, { regionCode: { $like: `${township.prefix}%` } }, { orderBy: { regionCode: 'asc', name: 'asc', id: 'asc' } });
    if (!workers.length) return [];
    const ids = workers.map((w) => w.id);
    const contracts = await em.find(Contract, {
      worker: { $in: ids },
      status: { $in: SIGNED },
      startDate: { $lte: month.to },
      $or: [{ endDate: null }, { endDate: { $gte: month.from } }],
    });
    const items = await em.find(PayItem, { worker: { $in: ids }, periodFrom: period.from });
    const rural = new Set(
      (
        await em.find(
          GridAssignment,
          { worker: { $in: ids }, fromDate: { $lte: period.to }, $or: [{ toDate: null }, { toDate: { $gte: period.from } }] },
          { populate: ['grid'] },
        )
      )
        .filter((a) => a.grid.setting === GridSetting.RURAL)
        .map((a) => a.worker.id),
    );
    const county = township.code.slice(0, 6);
    const [tiers, rows] = await Promise.all([
      em.find(CountyWageTier, { countyCode: county }),
      em.find(MinimumWage, { provinceCode: township.code.slice(0, 2) }),
    ]);
    const tier = tierOn(tiers, county, period.from);
    const wage = tier ? minimumWageOn(rows, township.code.slice(0, 2), tier, period.from) : null;
    const policy = await this.policy.forRegion(township, period.from, em);
    const excludeInsurance = policy.get(PAY_POLICIES, 'pay.minimumWageExcludesInsurance');
    const ruralFloorFen = fen(policy.get(PAY_POLICIES, 'pay.ruralMonthlyFloorFen'));
    const hourlyPeriod = period.kind !== PayPeriodKind.MONTH;
    // Shanxi measures [004]: performance pay follows the assessment (amounts per level: policy).
    const byLevel = policy.get(PAY_POLICIES, 'pay.performanceByLevelFen');
    const levels = byLevel ? await this.assessments.latestLevels(ids, period.from, em) : new Map<string, { level: string; cycleLabel: string }>();

    const lines: ComputedLine[] = [];
    for (const worker of workers) {
      const own = contracts.filter((c) => c.worker.id === worker.id);
      if (paidHourly(own, period.month) !== hourlyPeriod) continue;
      const inPeriod = own.filter((c) => overlap(period.from, period.to, c.startDate, endOf(c)) > 0);
      const ownItems = items.filter((i) => i.worker.id === worker.id);
      if (!inPeriod.length && !ownItems.length) continue;
      const amounts = zeroAmounts();
      let probation: { contractFen: Fen; probationFen: Fen } | null = null;
      for (const c of inPeriod) {
        // Days under this contract while employed; the probation days at the probation wage.
        const from = [period.from, c.startDate, worker.hiredOn ?? period.from].reduce((a, b) => (a > b ? a : b));
        const ends = [endOf(c), worker.exitedOn].filter((d): d is string => d !== null);
        const to = ends.reduce((a, b) => (a < b ? a : b), period.to);
        const days = to < from ? 0 : daysBetween(from, to) + 1;
        const probationDays = c.probationEndDate ? overlap(from, to, c.startDate, c.probationEndDate) : 0;
        const probationFen = c.probationMonthlyPayFen ?? c.monthlyBasePayFen;
        amounts.base = fen(amounts.base + prorate(probationFen, probationDays, monthDays) + prorate(c.monthlyBasePayFen, days - probationDays, monthDays));
        if (probationDays > 0) probation = { contractFen: c.monthlyBasePayFen, probationFen };
      }
      for (const item of ownItems) {
        if (item.kind === PayItemKind.HOURS) amounts.minutes += item.minutes ?? 0;
        else amounts[ITEM_FIELD[item.kind]] = fen(amounts[ITEM_FIELD[item.kind]] + item.amountFen);
      }
      const days = employedDays(period, worker.hiredOn, worker.exitedOn);
      const level = levels.get(worker.id);
      const entered = ownItems.some((i) => i.kind === PayItemKind.PERFORMANCE);
      const performanceBasis = byLevel && level && !entered && byLevel.categories.includes(worker.category) ? `${level.cycleLabel} ${level.level}` : null;
      if (performanceBasis) amounts.performance = prorate(fen(byLevel!.amounts[level!.level as keyof PerformancePay['amounts']]), days, monthDays);
      const checks = floorChecks(amounts, {
        category: worker.category,
        hourly: hourlyPeriod,
        rural: rural.has(worker.id),
        probation,
        employedDays: days,
        monthDays,
        wage,
        excludeInsurance,
        ruralFloorFen,
      });
      const employer = inPeriod.length ? inPeriod.reduce((a, b) => (a.startDate > b.startDate ? a : b)).employerName : null;
      lines.push({
        worker,
        performanceBasis,
        employerName: employer,
        employedDays: days,
        amounts,
        checks,
        minimumWageId: checks.some((c) => c.minimumWageId) ? (wage?.id ?? null) : null,
      });
    }
    return lines;
  }
}
