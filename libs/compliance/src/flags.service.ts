import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { ancestorPrefixes, assertInScope, AuthUser, inScopeOrAbove, NotFound, paginate, scopeWhere } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { SEVERITY_ORDER, Severity, SubjectType } from './compliance.enums';
import { ComplianceFlag } from './compliance-flag.entity';
import { ScanRun } from './scan-run.entity';

export interface FlagFilter {
  regionId?: string | null;
  rule?: string | null;
  minSeverity?: Severity | null;
  open?: boolean | null;
  subjectType?: SubjectType | null;
  workerId?: string | null;
}

export interface RuleCount {
  townshipCode: string;
  townshipName: string;
  rule: string;
  open: number;
  low: number;
  medium: number;
  high: number;
  critical: number;
}

/** Reading flags: always within the caller's scope. */
@Injectable()
export class FlagsService {
  constructor(private readonly em: EntityManager) {}

  private async prefixOf(user: AuthUser, regionId?: string | null): Promise<string> {
    if (!regionId) return user.scopePrefix;
    return assertInScope(user, await this.em.findOne(Region, regionId), 'Region', regionId).prefix;
  }

  async list(user: AuthUser, filter: FlagFilter & { first: number; after?: string }) {
    const where: FilterQuery<ComplianceFlag>[] = [scopeWhere(user)];
    if (filter.regionId) where.push({ regionCode: { $like: `${await this.prefixOf(user, filter.regionId)}%` } });
    if (filter.rule) where.push({ rule: filter.rule });
    if (filter.minSeverity) where.push({ severity: { $in: SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(filter.minSeverity)) } });
    if (filter.open !== null && filter.open !== undefined) where.push({ resolvedAt: filter.open ? null : { $ne: null } });
    if (filter.subjectType) where.push({ subjectType: filter.subjectType });
    if (filter.workerId) where.push({ workerId: filter.workerId });
    return paginate(this.em, ComplianceFlag, { $and: where }, filter, { field: 'foundAt', direction: 'DESC' });
  }

  async get(user: AuthUser, id: string): Promise<ComplianceFlag> {
    return assertInScope(user, await this.em.findOne(ComplianceFlag, id), 'ComplianceFlag', id);
  }

  /** Open flags per rule per township (county-level findings under the county), with the severity split: the county's dashboard numbers. */
  async countsByTownship(user: AuthUser, regionId?: string | null): Promise<RuleCount[]> {
    const prefix = await this.prefixOf(user, regionId);
    return this.em.execute<RuleCount[]>(
      `select t.code as "townshipCode", t.name as "townshipName", f.rule,
              count(*)::int as open,
              count(*) filter (where f.severity = 'LOW')::int as low,
              count(*) filter (where f.severity = 'MEDIUM')::int as medium,
              count(*) filter (where f.severity = 'HIGH')::int as high,
              count(*) filter (where f.severity = 'CRITICAL')::int as critical
         from compliance_flag f
         -- A finding under a township counts for the township; one about a county itself, for the county.
         join region t on t.code = case when substr(f.region_code, 7, 3) = '000' then f.region_code else substr(f.region_code, 1, 9) || '000' end
        where f.resolved_at is null and f.region_code like ?
        group by t.code, t.name, f.rule
        order by t.code, f.rule`,
      [`${prefix}%`],
    );
  }

  /** Open flags of many workers at once (for the worker page), most severe first. */
  async openFlagsOfWorkers(workerIds: readonly string[]): Promise<ComplianceFlag[][]> {
    const rows = await this.em.find(ComplianceFlag, { workerId: { $in: [...workerIds] }, resolvedAt: null }, { orderBy: { severity: 'desc', foundAt: 'desc' } });
    return workerIds.map((id) => rows.filter((f) => f.workerId === id));
  }

  /** Scans of the caller's subtree, and the county- or province-wide scans that covered it. */
  async runs(user: AuthUser, first: number): Promise<ScanRun[]> {
    return this.em.find(
      ScanRun,
      { $or: [{ regionCode: { $like: `${user.scopePrefix}%` } }, { regionCode: { $in: ancestorPrefixes(user.scopePrefix) } }] },
      { orderBy: { queuedAt: 'desc' }, limit: first },
    );
  }

  async run(user: AuthUser, id: string): Promise<ScanRun> {
    const run = await this.em.findOne(ScanRun, id);
    if (!run || !inScopeOrAbove(user, run.regionCode, run.regionCode)) throw new NotFound('ScanRun', id);
    return run;
  }
}
