// The register's reports, exported through @gridhr/reports.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, daysBetween, RegionParams, validateInput } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { Report, ReportResult } from '@gridhr/platform';
import { vacantSinceSql } from './vacancy-sql';

export interface Vacancy {
  gridId: string;
  gridCode: string;
  gridName: string;
  regionCode: string;
  vacantSince: string;
  daysVacant: number;
}

/** Urban community grids with no active FULL_TIME worker on duty today (Shanxi measures [004]), with the day they became vacant (vacancy-sql.ts). */
@Injectable()
export class VacanciesReport implements Report<RegionParams, Vacancy> {
  readonly id = 'workers.vacancies';
  readonly title = '空缺网格';
  readonly columns = [
    { key: 'gridCode', header: '网格编码', kind: 'text' as const, width: 20 },
    { key: 'gridName', header: '网格名称', kind: 'text' as const, width: 20 },
    { key: 'regionCode', header: '社区（村）代码', kind: 'text' as const, width: 16 },
    { key: 'vacantSince', header: '空缺起始日', kind: 'date' as const, width: 12 },
    { key: 'daysVacant', header: '空缺天数', kind: 'int' as const },
  ];

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  parse(params: unknown): Promise<RegionParams> {
    return validateInput(RegionParams, params, 'params');
  }

  async rows(user: AuthUser, regionId?: string | null): Promise<Vacancy[]> {
    const today = this.clock.today();
    const prefix = regionId ? assertInScope(user, await this.em.findOne(Region, regionId), 'Region', regionId).prefix : user.scopePrefix;
    const rows = await this.em.getConnection().execute<{ grid_id: string; grid_code: string; grid_name: string; region_code: string; vacant_since: string }[]>(
      `select v.grid_id, v.grid_code, v.grid_name, v.region_code, to_char(v.since, 'YYYY-MM-DD') as vacant_since
         from (select g.id as grid_id, g.code as grid_code, g.name as grid_name, g.region_code, ${vacantSinceSql('g', 'd.day')} as since
                 from grid g cross join (select ?::date as day) d where g.region_code like ?) v
        where v.since is not null
        order by v.since, v.grid_code`,
      [today, `${prefix}%`],
    );
    return rows.map((r) => ({
      gridId: r.grid_id,
      gridCode: r.grid_code,
      gridName: r.grid_name,
      regionCode: r.region_code,
      vacantSince: r.vacant_since,
      daysVacant: Math.max(0, daysBetween(r.vacant_since, today)),
    }));
  }

  async run(user: AuthUser, params: RegionParams): Promise<ReportResult<Vacancy>> {
    const rows = await this.rows(user, params.regionId);
    return { title: `空缺网格（截至${this.clock.today()}）`, fileName: `空缺网格-${this.clock.today()}`, rows };
  }
}
