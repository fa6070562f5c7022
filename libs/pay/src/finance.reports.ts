// Finance's reports on pay (issue: budgets and finance reports): pay by region (one row per region one
// level below the one asked for), by category, floor compliance and insurance cost. Amounts are fen,
// written as yuan with two decimals; each report closes with a total row that is the sum of its lines.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { assertInScope, AuthUser, rollupCodeSql, validateInput } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { Report, ReportColumn, ReportResult, withTotalRow } from '@gridhr/platform';
import { LABELS } from '@gridhr/workers';

@ArgsType()
export class FinanceMonthParams {
  @Field(() => ID, { nullable: true, description: 'A region in your scope (default: your scope)' }) @IsOptional() @IsUUID() regionId?: string;
  @Field({ description: 'The month reported, YYYY-MM' }) @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month as YYYY-MM' }) month: string;
}

@ArgsType()
export class FinanceYearParams {
  @Field(() => ID, { nullable: true, description: 'A region in your scope (default: your scope)' }) @IsOptional() @IsUUID() regionId?: string;
  @Field(() => Int, { description: 'The calendar year reported, e.g. 2026' }) @IsInt() @Min(2000) @Max(2100) year: number;
}

type Row = Record<string, unknown>;
/** Runs whose lines count as paid in finance's reports. */
export const SETTLED = `('APPROVED', 'PAID')`;
const fenColumn = (key: string, header: string): ReportColumn => ({ key, header, kind: 'fen', width: 14 });
const regionColumns: ReportColumn[] = [
  { key: 'regionCode', header: '区划代码', kind: 'text', width: 16 },
  { key: 'regionName', header: '地区', kind: 'text', width: 16 },
];

export async function scopeOf(em: EntityManager, user: AuthUser, regionId?: string | null): Promise<{ prefix: string; name: string }> {
  if (!regionId) {
    const own = await em.findOne(Region, { code: user.scopePrefix.padEnd(12, '0') });
    return { prefix: user.scopePrefix, name: own?.name ?? '' };
  }
  const region = assertInScope(user, await em.findOne(Region, regionId), 'Region', regionId);
  return { prefix: region.prefix, name: region.name };
}

/** Numbers as numbers (bigint sums arrive as strings). */
function numeric(rows: Row[], keys: string[]): Row[] {
  return rows.map((r) => ({ ...r, ...Object.fromEntries(keys.map((k) => [k, Number(r[k] ?? 0)])) }));
}

@Injectable()
export class PayByRegionReport implements Report<FinanceMonthParams, Row> {
  readonly id = 'pay.by-region';
  readonly title = '网格员工资分地区汇总';
  readonly columns: ReportColumn[] = [
    ...regionColumns,
    { key: 'workers', header: '发放人数', kind: 'int' },
    fenColumn('grossFen', '应发合计'),
    fenColumn('ownInsuranceFen', '个人社保公积金'),
    fenColumn('netFen', '实发合计'),
    fenColumn('employerInsuranceFen', '单位社保'),
    { key: 'pendingRuns', header: '待审核工资表', kind: 'int', width: 12 },
  ];
  private readonly sums = ['workers', 'grossFen', 'ownInsuranceFen', 'netFen', 'employerInsuranceFen', 'pendingRuns'];

  constructor(private readonly em: EntityManager) {}

  parse(params: unknown): Promise<FinanceMonthParams> {
    return validateInput(FinanceMonthParams, params, 'params');
  }

  async run(user: AuthUser, params: FinanceMonthParams): Promise<ReportResult<Row>> {
    const scope = await scopeOf(this.em, user, params.regionId);
    const rows = await this.em.execute<Row[]>(
      `select t.code as "regionCode", t.name as "regionName",
              count(distinct l.worker_id) filter (where r.status in ${SETTLED})::int as workers,
              coalesce(sum(l.gross_fen) filter (where r.status in ${SETTLED}), 0) as "grossFen",
              coalesce(sum(l.own_insurance_fen) filter (where r.status in ${SETTLED}), 0) as "ownInsuranceFen",
              coalesce(sum(l.net_fen) filter (where r.status in ${SETTLED}), 0) as "netFen",
              coalesce(sum(l.employer_insurance_fen) filter (where r.status in ${SETTLED}), 0) as "employerInsuranceFen",
              count(distinct r.id) filter (where r.status not in ${SETTLED})::int as "pendingRuns"
         from payroll_run r
         join region t on t.code = ${rollupCodeSql('r.region_code', scope.prefix.length)}
         left join pay_line l on l.run_id = r.id
        where r.region_code like ? and r.month = ?
        group by t.code, t.name
        order by t.code`,
      [`${scope.prefix}%`, params.month],
    );
    const name = `${scope.name}${params.month}网格员工资分地区汇总`;
    return {
      title: name,
      fileName: name,
      summary: [['口径', '已审核和已发放的工资表（含补发调整）']],
      rows: withTotalRow(numeric(rows, this.sums), 'regionName', this.sums),
    };
  }
}

@Injectable()
export class PayByCategoryReport implements Report<FinanceMonthParams, Row> {
  readonly id = 'pay.by-category';
  readonly title = '网格员工资分类别汇总';
  readonly columns: ReportColumn[] = [
    { key: 'category', header: '人员类别', kind: 'text', width: 12, labels: LABELS.category },
    { key: 'workers', header: '发放人数', kind: 'int' },
    fenColumn('baseFen', '基本工资'),
    fenColumn('performanceFen', '绩效工资'),
    fenColumn('subsidyFen', '以奖代补和以案定补'),
    fenColumn('allowanceFen', '津贴补贴'),
    fenColumn('grossFen', '应发合计'),
    fenColumn('netFen', '实发合计'),
    fenColumn('employerInsuranceFen', '单位社保'),
  ];
  private readonly sums = ['workers', 'baseFen', 'performanceFen', 'subsidyFen', 'allowanceFen', 'grossFen', 'netFen', 'employerInsuranceFen'];

  constructor(private readonly em: EntityManager) {}

  parse(params: unknown): Promise<FinanceMonthParams> {
    return validateInput(FinanceMonthParams, params, 'params');
  }

  async run(user: AuthUser, params: FinanceMonthParams): Promise<ReportResult<Row>> {
    const scope = await scopeOf(this.em, user, params.regionId);
    const rows = await this.em.execute<Row[]>(
      `select l.category, count(distinct l.worker_id)::int as workers,
              sum(l.base_fen) as "baseFen", sum(l.performance_fen) as "performanceFen", sum(l.reward_fen + l.per_case_fen) as "subsidyFen",
              sum(l.allowance_fen + l.special_allowance_fen + l.overtime_fen - l.deduction_fen) as "allowanceFen",
              sum(l.gross_fen) as "grossFen", sum(l.net_fen) as "netFen", sum(l.employer_insurance_fen) as "employerInsuranceFen"
         from payroll_run r join pay_line l on l.run_id = r.id
        where r.region_code like ? and r.month = ? and r.status in ${SETTLED}
        group by l.category
        order by l.category`,
      [`${scope.prefix}%`, params.month],
    );
    const name = `${scope.name}${params.month}网格员工资分类别汇总`;
    return {
      title: name,
      fileName: name,
      summary: [['说明', '津贴补贴列含特殊津贴、加班工资，并已减去扣款']],
      rows: withTotalRow(numeric(rows, this.sums), 'category', this.sums),
    };
  }
}

@Injectable()
export class FloorComplianceReport implements Report<FinanceMonthParams, Row> {
  readonly id = 'pay.floor-compliance';
  readonly title = '网格员工资法定下限执行情况';
  readonly columns: ReportColumn[] = [
    ...regionColumns,
    { key: 'lines', header: '核查人次', kind: 'int' },
    { key: 'breaches', header: '低于下限人次', kind: 'int', width: 14 },
    fenColumn('shortfallFen', '差额合计'),
    { key: 'waitingRuns', header: '因低于下限待审工资表', kind: 'int', width: 20 },
  ];
  private readonly sums = ['lines', 'breaches', 'shortfallFen', 'waitingRuns'];

  constructor(private readonly em: EntityManager) {}

  parse(params: unknown): Promise<FinanceMonthParams> {
    return validateInput(FinanceMonthParams, params, 'params');
  }

  async run(user: AuthUser, params: FinanceMonthParams): Promise<ReportResult<Row>> {
    const scope = await scopeOf(this.em, user, params.regionId);
    // Each worker's line in the latest run of each period (an adjustment's line carries the corrected total's floors).
    const rows = await this.em.execute<Row[]>(
      `select t.code as "regionCode", t.name as "regionName", count(*)::int as lines, count(*) filter (where x.breach)::int as breaches,
              coalesce(sum(x.shortfall_fen), 0) as "shortfallFen", count(distinct x.run_id) filter (where x.breach and x.status not in ${SETTLED})::int as "waitingRuns"
         from (select distinct on (l.worker_id, r.period_from, r.period_kind) l.breach, l.shortfall_fen, r.id as run_id, r.status, r.region_code
                 from payroll_run r join pay_line l on l.run_id = r.id
                where r.region_code like ? and r.month = ?
                order by l.worker_id, r.period_from, r.period_kind, r.sequence desc) x
         join region t on t.code = ${rollupCodeSql('x.region_code', scope.prefix.length)}
        group by t.code, t.name
        order by t.code`,
      [`${scope.prefix}%`, params.month],
    );
    const name = `${scope.name}${params.month}网格员工资法定下限执行情况`;
    return {
      title: name,
      fileName: name,
      summary: [['下限', '专职月最低工资（不含社保）、农村每月500元、非全日制小时最低工资、试用期工资不低于约定80%']],
      rows: withTotalRow(numeric(rows, this.sums), 'regionName', this.sums),
    };
  }
}

@Injectable()
export class InsuranceCostReport implements Report<FinanceYearParams, Row> {
  readonly id = 'insurance.cost';
  readonly title = '网格员保险费用';
  readonly columns: ReportColumn[] = [
    ...regionColumns,
    fenColumn('accidentPremiumsFen', '意外险保费'),
    fenColumn('employerInsuranceFen', '单位社保缴费'),
    fenColumn('ownInsuranceFen', '个人社保代扣'),
    fenColumn('totalFen', '单位承担合计'),
  ];
  private readonly sums = ['accidentPremiumsFen', 'employerInsuranceFen', 'ownInsuranceFen', 'totalFen'];

  constructor(private readonly em: EntityManager) {}

  parse(params: unknown): Promise<FinanceYearParams> {
    return validateInput(FinanceYearParams, params, 'params');
  }

  async run(user: AuthUser, params: FinanceYearParams): Promise<ReportResult<Row>> {
    const scope = await scopeOf(this.em, user, params.regionId);
    const n = scope.prefix.length;
    const rows = await this.em.execute<Row[]>(
      `select t.code as "regionCode", t.name as "regionName",
              coalesce(sum(c.premiums), 0) as "accidentPremiumsFen", coalesce(sum(c.employer), 0) as "employerInsuranceFen",
              coalesce(sum(c.own), 0) as "ownInsuranceFen", coalesce(sum(c.premiums + c.employer), 0) as "totalFen"
         from (select ${rollupCodeSql('ip.region_code', n)} as code, ip.premium_fen as premiums, 0 as employer, 0 as own
                 from insurance_policy ip
                where ip.region_code like ? and ip.kind = 'ACCIDENT' and extract(year from ip.valid_from) = ?
               union all
               select ${rollupCodeSql('r.region_code', n)}, 0, l.employer_insurance_fen, l.own_insurance_fen
                 from payroll_run r join pay_line l on l.run_id = r.id
                where r.region_code like ? and r.month like ? and r.status in ${SETTLED}) c
         join region t on t.code = c.code
        group by t.code, t.name
        order by t.code`,
      [`${scope.prefix}%`, params.year, `${scope.prefix}%`, `${params.year}-%`],
    );
    const name = `${scope.name}${params.year}年网格员保险费用`;
    return {
      title: name,
      fileName: name,
      summary: [['口径', '意外险按保单起保年份；社保按已审核和已发放工资表']],
      rows: withTotalRow(numeric(rows, this.sums), 'regionName', this.sums),
    };
  }
}
