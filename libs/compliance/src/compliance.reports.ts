// The flag engine's reports, exported through @gridhr/reports.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, RegionParams, rollupCodeSql, validateInput } from '@gridhr/common';
import { Report, ReportResult } from '@gridhr/platform';
import { FlagsService } from './flags.service';
import { RuleRegistry } from './rule-registry';

export interface RuleCount {
  regionCode: string;
  regionName: string;
  townshipCode: string;
  townshipName: string;
  rule: string;
  open: number;
  low: number;
  medium: number;
  high: number;
  critical: number;
}

/** Open flags per rule per region one level down, with the severity split: the dashboard numbers. */
@Injectable()
export class ComplianceCountsReport implements Report<RegionParams, RuleCount & { ruleTitle: string }> {
  readonly id = 'compliance.counts';
  readonly title = '合规问题统计';
  readonly columns = [
    { key: 'regionCode', header: '区划代码', kind: 'text' as const, width: 16 },
    { key: 'regionName', header: '地区', kind: 'text' as const, width: 16 },
    { key: 'ruleTitle', header: '规则', kind: 'text' as const, width: 50 },
    { key: 'open', header: '未解决', kind: 'int' as const },
    { key: 'low', header: '低', kind: 'int' as const },
    { key: 'medium', header: '中', kind: 'int' as const },
    { key: 'high', header: '高', kind: 'int' as const },
    { key: 'critical', header: '严重', kind: 'int' as const },
  ];

  constructor(
    private readonly em: EntityManager,
    private readonly flags: FlagsService,
    private readonly rules: RuleRegistry,
  ) {}

  parse(params: unknown): Promise<RegionParams> {
    return validateInput(RegionParams, params, 'params');
  }

  /**
   * Open flags per rule per region one level below the one asked for (a city's by county, a county's by
   * township, a township's its own), with the severity split: the dashboard numbers.
   */
  async rows(user: AuthUser, regionId?: string | null): Promise<RuleCount[]> {
    const prefix = await this.flags.prefixOf(user, regionId);
    return this.em.execute<RuleCount[]>(
      `select t.code as "regionCode", t.name as "regionName", t.code as "townshipCode", t.name as "townshipName", c.rule,
              c.open, c.low, c.medium, c.high, c.critical
         -- Grouped before the names join: a county's 10,000 open flags become a row per region and rule first.
         from (select ${rollupCodeSql('f.region_code', prefix.length)} as code, f.rule,
                      count(*)::int as open,
                      count(*) filter (where f.severity = 'LOW')::int as low,
                      count(*) filter (where f.severity = 'MEDIUM')::int as medium,
                      count(*) filter (where f.severity = 'HIGH')::int as high,
                      count(*) filter (where f.severity = 'CRITICAL')::int as critical
                 from compliance_flag f
                where f.resolved_at is null and f.region_code like ?
                group by 1, 2) c
         -- A finding rolls up to the region one level down that holds it; one about the region asked for itself, to that region.
         join region t on t.code = c.code
        order by t.code, c.rule`,
      [`${prefix}%`],
    );
  }

  async run(user: AuthUser, params: RegionParams): Promise<ReportResult<RuleCount & { ruleTitle: string }>> {
    const titles = new Map(this.rules.all().map((r) => [r.id, r.title]));
    const rows = (await this.rows(user, params.regionId)).map((r) => ({ ...r, ruleTitle: titles.get(r.rule) ?? r.rule }));
    return { title: '合规问题统计', fileName: '合规问题统计', rows };
  }
}
