import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { ancestorPrefixes, assertInScope, AuthUser, findRows, groupBy, inScopeOrAbove, NotFound, paginate, scopeWhere } from '@gridhr/common';
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

/** Reading flags: always within the caller's scope. */
@Injectable()
export class FlagsService {
  constructor(private readonly em: EntityManager) {}

  async prefixOf(user: AuthUser, regionId?: string | null): Promise<string> {
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

  /** Open flags of many workers at once (for the worker page), most severe first. */
  async openFlagsOfWorkers(workerIds: readonly string[]): Promise<ComplianceFlag[][]> {
    const rows = await findRows(
      this.em,
      ComplianceFlag,
      { workerId: { $in: [...workerIds] }, resolvedAt: null },
      { orderBy: { severity: 'desc', foundAt: 'desc' } },
    );
    return groupBy(workerIds, rows, (f) => f.workerId!);
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
