import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, Fen, fen, InvalidInput, RegionLevel } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { WorkerCategory } from '@gridhr/workers';
import { Budget, BudgetLine } from './budget.entity';
import { budgetError, BudgetReason } from './budget.errors';
import { BudgetTotals, budgetTotals, executionPercent, PlanLine, plannedBy, planLineProblem } from './budget.rules';

export interface BudgetMonth {
  month: string;
  plannedFen: Fen;
  payFen: Fen;
  employerInsuranceFen: Fen;
  accidentPremiumsFen: Fen;
  actualFen: Fen;
  cumulativePlannedFen: Fen;
  cumulativeActualFen: Fen;
}

export interface BudgetExecution {
  region: Region;
  year: number;
  asOf: string;
  budget: Budget | null;
  totals: BudgetTotals;
  /** Months of the year complete on `asOf`. */
  monthsElapsed: number;
  months: BudgetMonth[];
  actualToDateFen: Fen;
  plannedToDateFen: Fen;
  /** Actual so far against the whole year's budget. */
  executionPercent: number | null;
  /** Actual so far against the plan so far. */
  progressPercent: number | null;
}

const BUDGET_LEVELS = [RegionLevel.COUNTY, RegionLevel.TOWNSHIP];

/**
 * Spending by month under the region prefix `q.prefix` (a LIKE pattern) in the year `q.year`: approved and
 * paid payroll (pay and employer insurance) and accident premiums by the month their cover starts.
 */
export function actualsSql(q: string): string {
  return `
  select m.month,
         coalesce((select sum(l.gross_fen) from payroll_run r join pay_line l on l.run_id = r.id
                    where r.region_code like ${q}.prefix and r.status in ('APPROVED', 'PAID') and r.month = m.month), 0)::bigint as pay,
         coalesce((select sum(l.employer_insurance_fen) from payroll_run r join pay_line l on l.run_id = r.id
                    where r.region_code like ${q}.prefix and r.status in ('APPROVED', 'PAID') and r.month = m.month), 0)::bigint as insurance,
         coalesce((select sum(ip.premium_fen) from insurance_policy ip
                    where ip.region_code like ${q}.prefix and ip.kind = 'ACCIDENT' and to_char(ip.valid_from, 'YYYY-MM') = m.month), 0)::bigint as premiums
    from (select to_char(make_date(${q}.year, n, 1), 'YYYY-MM') as month from generate_series(1, 12) n) m`;
}

/** County and township budgets for grid workers, and their execution against approved payroll. */
@Injectable()
export class BudgetService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private async region(em: EntityManager, user: AuthUser, id: string, field: string): Promise<Region> {
    const region = assertInScope(user, await em.findOne(Region, id), 'Region', id);
    if (!BUDGET_LEVELS.includes(region.level)) throw new InvalidInput(field, `budgets are kept per county or township, not per ${region.level}`);
    return region;
  }

  async get(user: AuthUser, regionId: string, year: number): Promise<Budget | null> {
    const region = await this.region(this.em, user, regionId, 'regionId');
    return this.em.findOne(Budget, { region, year }, { populate: ['lines'] });
  }

  /** Sets a region's budget for a year (replacing its lines); a change to an existing one needs the version read. */
  async set(
    user: AuthUser,
    input: {
      regionId: string;
      year: number;
      version?: number | null;
      lines: (PlanLine & { category: WorkerCategory })[];
      accidentPremiumsFen: Fen;
      trainingFundsFen: Fen;
      note?: string | null;
    },
  ): Promise<Budget> {
    input.lines.forEach((line, i) => {
      const problem = planLineProblem(line);
      if (problem) throw new InvalidInput(`input.lines[${i}].${problem.field}`, problem.problem);
    });
    if (new Set(input.lines.map((l) => l.category)).size !== input.lines.length) throw new InvalidInput('input.lines', 'lists a category twice');
    for (const key of ['accidentPremiumsFen', 'trainingFundsFen'] as const)
      if (!Number.isSafeInteger(input[key]) || input[key] < 0 || input[key] > 100_000_000_000)
        throw new InvalidInput(`input.${key}`, 'must be whole fen from 0 to 100000000000');
    return this.em.transactional(async (em) => {
      const region = await this.region(em, user, input.regionId, 'input.regionId');
      const existing = await em.findOne(Budget, { region, year: input.year }, { populate: ['lines'] });
      if (existing && existing.version !== input.version)
        throw budgetError(
          BudgetReason.BUDGET_CHANGED,
          `The ${input.year} budget of ${region.name} was changed by someone else (version ${existing.version}); reload and try again`,
          'input.version',
        );
      const before = existing ? { ...snapshot(existing), lines: existing.lines.getItems().map((l) => snapshot(l, ['budget', 'id'])) } : null;
      const budget =
        existing ??
        em.create(Budget, {
          region,
          regionCode: region.code,
          year: input.year,
          accidentPremiumsFen: input.accidentPremiumsFen,
          trainingFundsFen: input.trainingFundsFen,
          updatedBy: user.username,
        });
      Object.assign(budget, {
        accidentPremiumsFen: input.accidentPremiumsFen,
        trainingFundsFen: input.trainingFundsFen,
        note: input.note?.trim() || null,
        updatedBy: user.username,
      });
      // The old lines go first: a category stays unique per budget.
      if (existing) {
        for (const line of existing.lines.getItems()) em.remove(line);
        await em.flush();
      }
      for (const line of input.lines) em.create(BudgetLine, { budget, ...line });
      await em.flush();
      await em.populate(budget, ['lines'], { refresh: true });
      this.audit.record(em, user, {
        entity: 'Budget',
        entityId: budget.id,
        action: existing ? 'UPDATE' : 'CREATE',
        before,
        after: { ...snapshot(budget), lines: budget.lines.getItems().map((l) => snapshot(l, ['budget', 'id'])) },
        regionCode: region.code,
      });
      return budget;
    });
  }

  /** Budget versus actual by month; months complete on `asOf` (default today) count as elapsed. */
  async execution(user: AuthUser, regionId: string, year: number, asOf?: string | null): Promise<BudgetExecution> {
    const region = await this.region(this.em, user, regionId, 'regionId');
    const day = asOf ?? this.clock.today();
    const budget = await this.em.findOne(Budget, { region, year }, { populate: ['lines'] });
    const totals = budget ? budgetTotals(budget.lines.getItems(), budget.accidentPremiumsFen, budget.trainingFundsFen) : budgetTotals([], fen(0), fen(0));
    const elapsed = day.slice(0, 4) > String(year) ? 12 : day.slice(0, 4) < String(year) ? 0 : Number(day.slice(5, 7)) - 1;
    const rows = await this.em
      .getConnection()
      .execute<{ month: string; pay: string; insurance: string; premiums: string }[]>(
        `select a.* from (select ?::text as prefix, ?::int as year) q cross join lateral (${actualsSql('q')}) a order by a.month`,
        [`${region.prefix}%`, year],
      );
    let cumulativeActual = 0;
    const months = rows.map((r, i) => {
      const payFen = fen(Number(r.pay));
      const employerInsuranceFen = fen(Number(r.insurance));
      const accidentPremiumsFen = fen(Number(r.premiums));
      const actualFen = fen(payFen + employerInsuranceFen + accidentPremiumsFen);
      cumulativeActual += actualFen;
      const cumulativePlannedFen = plannedBy(totals.totalFen, i + 1);
      return {
        month: r.month,
        plannedFen: fen(cumulativePlannedFen - plannedBy(totals.totalFen, i)),
        payFen,
        employerInsuranceFen,
        accidentPremiumsFen,
        actualFen,
        cumulativePlannedFen,
        cumulativeActualFen: fen(cumulativeActual),
      };
    });
    const actualToDateFen = elapsed ? months[elapsed - 1].cumulativeActualFen : fen(0);
    const plannedToDateFen = plannedBy(totals.totalFen, elapsed);
    return {
      region,
      year,
      asOf: day,
      budget,
      totals,
      monthsElapsed: elapsed,
      months,
      actualToDateFen,
      plannedToDateFen,
      executionPercent: executionPercent(actualToDateFen, totals.totalFen),
      progressPercent: executionPercent(actualToDateFen, plannedToDateFen),
    };
  }
}
