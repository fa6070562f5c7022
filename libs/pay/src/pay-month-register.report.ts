// The payroll register of a region for a month (工资发放表 of a county, a city or the province): every line
// of the month's approved and paid runs in scope (the basis of pay.by-region), by region and name, read a
// keyset page at a time so a province's month is written with flat memory; its total row is the sum of
// the lines written, in fen. ID numbers are masked, as on every register.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, validateInput } from '@gridhr/common';
import { collectStream, forEachKeysetPage, Report, ReportColumn, ReportResult, ReportStream } from '@gridhr/platform';
import { FinanceMonthParams, scopeOf, SETTLED } from './finance.reports';
import { PAY_LINE_COLUMNS } from './pay.reports';

type Line = Record<string, unknown> & { id: string; workerName: string; regionCode: string };

const FEN_KEYS = PAY_LINE_COLUMNS.filter((c) => c.kind === 'fen').map((c) => c.key);
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

@Injectable()
export class PayMonthRegisterReport implements Report<FinanceMonthParams, Line> {
  readonly id = 'pay.month-register';
  readonly title = '网格员工资发放表（月度汇总）';
  readonly columns: ReportColumn[] = [
    { key: 'regionCode', header: '区划代码', kind: 'text', width: 16 },
    { key: 'townshipName', header: '乡镇（街道）', kind: 'text', width: 16 },
    ...PAY_LINE_COLUMNS,
  ];

  constructor(private readonly em: EntityManager) {}

  parse(params: unknown): Promise<FinanceMonthParams> {
    return validateInput(FinanceMonthParams, params, 'params');
  }

  async run(user: AuthUser, params: FinanceMonthParams): Promise<ReportResult<Line>> {
    return collectStream(await this.stream(user, params));
  }

  async stream(user: AuthUser, params: FinanceMonthParams): Promise<ReportStream<Line>> {
    const scope = await scopeOf(this.em, user, params.regionId);
    const where = `r.region_code like ? and r.month = ? and r.status in ${SETTLED}`;
    const [{ n }] = await this.em.execute<{ n: number }[]>(`select count(*)::int as n from payroll_run r join pay_line l on l.run_id = r.id where ${where}`, [
      `${scope.prefix}%`,
      params.month,
    ]);
    const name = `${scope.name}${params.month}网格员工资发放表`;
    return {
      head: {
        title: name,
        fileName: name,
        summary: [
          ['口径', '已审核和已发放的工资表（含补发调整）'],
          ['人次', n],
        ],
      },
      lines: n,
      totalRow: { labelKey: 'workerName', sumKeys: FEN_KEYS },
      forEachBatch: (size, each) =>
        forEachKeysetPage<Line>(
          size,
          (after, limit) =>
            this.em
              .execute<Line[]>(
                `select l.id, l.region_code as "regionCode", t.name as "townshipName", l.worker_name as "workerName", w.id_number_masked as "idNumber",
                        l.category, l.employer_name as "employerName", l.employed_days as "employedDays",
                        ${FEN_KEYS.map((k) => `l.${snake(k)} as "${k}"`).join(', ')}, l.breach
                   from payroll_run r join pay_line l on l.run_id = r.id join worker w on w.id = l.worker_id
                   join region t on t.code = r.region_code
                  where ${where} ${after ? 'and (l.region_code, l.worker_name, l.id) > (?, ?, ?::uuid)' : ''}
                  order by l.region_code, l.worker_name, l.id
                  limit ?`,
                [`${scope.prefix}%`, params.month, ...(after ? [after.regionCode, after.workerName, after.id] : []), limit],
              )
              .then((rows) => rows.map((r) => ({ ...r, ...Object.fromEntries(FEN_KEYS.map((k) => [k, Number(r[k])])) }))),
          each,
        ),
    };
  }
}
