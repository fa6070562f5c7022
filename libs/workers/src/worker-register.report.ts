// The register of grid workers as a file (花名册): one line per worker of the scope, by region and name,
// read a keyset page at a time so a province's 150,000 workers are written with flat memory. ID numbers are
// always masked (the full number only through revealIdNumber); phones are masked for roles that do not
// work with people (FINANCE), as on the worker list.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, RegionParams, Role, validateInput } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { collectStream, forEachKeysetPage, Report, ReportColumn, ReportResult, ReportStream } from '@gridhr/platform';
import { maskPhone } from './id-number.rules';
import { LABELS } from './worker.enums';

/** Roles that work with people and see their phones; finance sees them masked. */
export const SEES_PHONES: readonly Role[] = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN];

/** The phone as this user may see it. */
export function shownPhone(user: AuthUser, phone: string): string {
  return SEES_PHONES.includes(user.role) ? phone : maskPhone(phone);
}

/** Where a list row carries the phone as its reader may see it (the row's `phone` is the stored one). */
export const SHOWN_PHONE = 'shownPhone';

type Line = Record<string, unknown> & { id: string; name: string; regionCode: string };

@Injectable()
export class WorkerRegisterReport implements Report<RegionParams, Line> {
  readonly id = 'workers.register';
  readonly title = '网格员花名册';
  readonly columns: ReportColumn[] = [
    { key: 'regionCode', header: '管理区划代码', kind: 'text', width: 16 },
    { key: 'regionName', header: '管理区划', kind: 'text', width: 16 },
    { key: 'name', header: '姓名', kind: 'text' },
    { key: 'idNumber', header: '身份证号', kind: 'text', width: 20 },
    { key: 'sex', header: '性别', kind: 'text', width: 6, labels: LABELS.sex },
    { key: 'birthDate', header: '出生日期', kind: 'date', width: 12 },
    { key: 'phone', header: '手机号', kind: 'text', width: 14 },
    { key: 'category', header: '人员类别', kind: 'text', width: 12, labels: LABELS.category },
    { key: 'status', header: '状态', kind: 'text', width: 10, labels: LABELS.status },
    { key: 'grids', header: '所属网格', kind: 'text', width: 20 },
    { key: 'education', header: '学历', kind: 'text', width: 10, labels: LABELS.education },
    { key: 'politicalStatus', header: '政治面貌', kind: 'text', width: 12, labels: LABELS.politicalStatus },
    { key: 'hiredOn', header: '入职日期', kind: 'date', width: 12 },
    { key: 'exitedOn', header: '离职日期', kind: 'date', width: 12 },
  ];

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  parse(params: unknown): Promise<RegionParams> {
    return validateInput(RegionParams, params, 'params');
  }

  async run(user: AuthUser, params: RegionParams): Promise<ReportResult<Line>> {
    return collectStream(await this.stream(user, params));
  }

  async stream(user: AuthUser, params: RegionParams): Promise<ReportStream<Line>> {
    const region = params.regionId
      ? assertInScope(user, await this.em.findOne(Region, params.regionId), 'Region', params.regionId)
      : await this.em.findOne(Region, { code: user.scopePrefix.padEnd(12, '0') });
    const prefix = region?.prefix ?? user.scopePrefix;
    const today = this.clock.today();
    const [{ n }] = await this.em.execute<{ n: number }[]>(`select count(*)::int as n from worker where region_code like ?`, [`${prefix}%`]);
    const name = `${region?.name ?? ''}网格员花名册（${today}）`;
    const seesPhones = SEES_PHONES.includes(user.role);
    return {
      head: { title: name, fileName: name, sheetName: '花名册', summary: [['人数', n]] },
      lines: n,
      forEachBatch: (size, each) =>
        forEachKeysetPage<Line>(
          size,
          (after, limit) => this.page(prefix, today, after, limit),
          (rows) => each(seesPhones ? rows : rows.map((r) => ({ ...r, phone: maskPhone(String(r.phone)) }))),
        ),
    };
  }

  /** The `limit` workers after `after` in (region code, name, id) order: one range scan of worker_register_order_idx. */
  private page(prefix: string, today: string, after: Line | null, limit: number): Promise<Line[]> {
    return this.em.execute<Line[]>(
      `select w.id, w.region_code as "regionCode", r.name as "regionName", w.name, w.id_number_masked as "idNumber", w.sex,
              to_char(w.birth_date, 'YYYY-MM-DD') as "birthDate", w.phone, w.category, w.status,
              (select string_agg(g.code, '、' order by g.code) from grid_assignment a join grid g on g.id = a.grid_id
                where a.worker_id = w.id and a.from_date <= ?::date and (a.to_date is null or a.to_date >= ?::date)) as grids,
              w.education, w.political_status as "politicalStatus",
              to_char(w.hired_on, 'YYYY-MM-DD') as "hiredOn", to_char(w.exited_on, 'YYYY-MM-DD') as "exitedOn"
         from worker w join region r on r.id = w.region_id
        where w.region_code like ? ${after ? 'and (w.region_code, w.name, w.id) > (?, ?, ?::uuid)' : ''}
        order by w.region_code, w.name, w.id
        limit ?`,
      [today, today, `${prefix}%`, ...(after ? [after.regionCode, after.name, after.id] : []), limit],
    );
  }
}
