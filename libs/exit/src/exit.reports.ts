// Turnover per township and year: headcount at the start and end, hires, and exits by reason (one query).
// Open vacancies and their ages are the register's report workers.vacancies, which exits feed.
import { Injectable } from '@nestjs/common';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, validateInput } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { Report, ReportColumn, ReportResult, withTotalRow } from '@gridhr/platform';
import { ExitReason } from './exit.enums';

@ArgsType()
export class TurnoverParams {
  @Field(() => Int, { description: 'The calendar year reported, e.g. 2026' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => ID, { nullable: true, description: 'A region in your scope (default: your scope)' }) @IsOptional() @IsUUID() regionId?: string | null;
}

const REASON_HEADERS: Record<ExitReason, string> = {
  RESIGNED: '辞职',
  DISMISSED: '过失性辞退',
  NO_FAULT: '无过失性辞退',
  CONTRACT_ENDED: '合同期满',
  REPLACED: '考核撤换',
  DECEASED: '死亡',
  OTHER: '其他',
};
const REASONS = Object.keys(REASON_HEADERS) as ExitReason[];
const SUMS = ['startHeadcount', 'endHeadcount', 'hires', 'exits', ...REASONS.map((r) => `exits${r}`), 'exitsUnrecorded'];

/** Counted: workers on the register (ACTIVE or EXITED, hired) — a worker is on it from the hire day to the exit day. */
export const TURNOVER_SQL = `
  with w as (
    select substr(w.region_code, 1, 9) as township, w.hired_on, w.exited_on, e.reason
      from worker w left join exit_case e on e.worker_id = w.id and e.status = 'DONE'
     where w.region_code like ? and w.hired_on is not null and w.status in ('ACTIVE', 'EXITED'))
  select t.code as township_code, t.name as township_name,
         count(*) filter (where w.hired_on < ?::date and (w.exited_on is null or w.exited_on >= ?::date))::int as start_headcount,
         count(*) filter (where w.hired_on <= ?::date and (w.exited_on is null or w.exited_on > ?::date))::int as end_headcount,
         count(*) filter (where w.hired_on between ?::date and ?::date)::int as hires,
         count(*) filter (where w.exited_on between ?::date and ?::date)::int as exits,
         ${REASONS.map((r) => `count(*) filter (where w.exited_on between ?::date and ?::date and w.reason = '${r}')::int as "exits${r}"`).join(',\n         ')},
         count(*) filter (where w.exited_on between ?::date and ?::date and w.reason is null)::int as exits_unrecorded
    from w join region t on t.code = w.township || '000'
   group by t.code, t.name
   order by t.code`;

@Injectable()
export class TurnoverReport implements Report<TurnoverParams, Record<string, unknown>> {
  readonly id = 'exit.turnover';
  readonly title = '网格员流动情况';
  readonly columns: ReportColumn[] = [
    { key: 'townshipName', header: '乡镇（街道）', kind: 'text', width: 16 },
    { key: 'startHeadcount', header: '年初人数', kind: 'int' },
    { key: 'endHeadcount', header: '年末人数', kind: 'int' },
    { key: 'hires', header: '新进', kind: 'int' },
    { key: 'exits', header: '离岗', kind: 'int' },
    ...REASONS.map((r) => ({ key: `exits${r}`, header: REASON_HEADERS[r], kind: 'int' as const })),
    { key: 'exitsUnrecorded', header: '未登记原因', kind: 'int' },
  ];

  constructor(private readonly em: EntityManager) {}

  parse(params: unknown): Promise<TurnoverParams> {
    return validateInput(TurnoverParams, params, 'params');
  }

  async rows(user: AuthUser, params: TurnoverParams): Promise<Record<string, unknown>[]> {
    const prefix = params.regionId ? assertInScope(user, await this.em.findOne(Region, params.regionId), 'Region', params.regionId).prefix : user.scopePrefix;
    const from = `${params.year}-01-01`;
    const to = `${params.year}-12-31`;
    const span = [from, to];
    const rows = await this.em
      .getConnection()
      .execute<Record<string, unknown>[]>(TURNOVER_SQL, [`${prefix}%`, from, from, to, to, ...span, ...span, ...REASONS.flatMap(() => span), ...span]);
    return rows.map((r) => ({
      townshipCode: r.township_code,
      townshipName: r.township_name,
      startHeadcount: r.start_headcount,
      endHeadcount: r.end_headcount,
      hires: r.hires,
      exits: r.exits,
      ...Object.fromEntries(REASONS.map((x) => [`exits${x}`, r[`exits${x}`]])),
      exitsUnrecorded: r.exits_unrecorded,
    }));
  }

  async run(user: AuthUser, params: TurnoverParams): Promise<ReportResult<Record<string, unknown>>> {
    const rows = await this.rows(user, params);
    return { title: `网格员流动情况（${params.year}年）`, fileName: `网格员流动情况-${params.year}`, rows: withTotalRow(rows, 'townshipName', SUMS) };
  }
}
