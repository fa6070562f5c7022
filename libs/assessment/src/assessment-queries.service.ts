// Reading results: a cycle's results page by page, the distribution of levels per township, who still
// lacks a score, each worker's star level, and the finalised levels the pay library reads. Each one query.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { assertInScope, AuthUser, oneBy, pgUuidArray, paginate, scopeWhere } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { AssessmentLevel, CycleKind, IndicatorKind } from './assessment.enums';
import { AssessmentResult } from './assessment-result.entity';
import { CycleAccess } from './cycle-access';

export interface LevelDistribution {
  townshipCode: string;
  townshipName: string;
  rated: number;
  excellent: number;
  competent: number;
  basic: number;
  incompetent: number;
  unscored: number;
  averageX100: number | null;
}

export interface MissingScore {
  resultId: string;
  workerId: string;
  name: string;
  idNumber: string;
  regionCode: string;
  townshipName: string;
  missing: string[];
}

export interface StarLevel {
  stars: number | null;
  level: AssessmentLevel | null;
  cycleLabel: string | null;
}

/** A worker's level in a finalised cycle: what the pay library reads ("EXCELLENT feeds performance pay"). */
export interface FinalisedLevel {
  workerId: string;
  cycleId: string;
  cycleLabel: string;
  kind: CycleKind;
  periodStart: string;
  periodEnd: string;
  level: AssessmentLevel;
  scoreX100: number;
  stars: number;
}

/** The township of a result's region, joined as `t`. */
const TOWNSHIP_JOIN = `join region t on t.code = substr(r.region_code, 1, 9) || '000'`;

@Injectable()
export class AssessmentQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CycleAccess,
  ) {}

  /** The prefix a query over a cycle covers: the caller's scope, narrowed to a region of it. */
  async prefix(user: AuthUser, regionId?: string | null): Promise<string> {
    return regionId ? assertInScope(user, await this.em.findOne(Region, regionId), 'Region', regionId).prefix : user.scopePrefix;
  }

  async results(
    user: AuthUser,
    args: { cycleId: string; regionId?: string | null; level?: AssessmentLevel | null; first: number; after?: string },
    withCount = false,
  ) {
    const cycle = await this.access.load(this.em, user, args.cycleId);
    const where: FilterQuery<AssessmentResult>[] = [{ cycle, rated: true }, scopeWhere(user)];
    if (args.regionId) where.push({ regionCode: { $like: `${await this.prefix(user, args.regionId)}%` } });
    if (args.level) where.push({ level: args.level });
    // Plain rows (the page only reads), each with the cycle already loaded; the worker is a `{ id }` for the
    // resolver's loader.
    const page = await paginate(this.em, AssessmentResult, { $and: where }, args, { field: 'regionCode', direction: 'ASC' }, { rows: true, count: withCount });
    for (const { node } of page.edges) node.cycle = cycle;
    return page;
  }

  async distribution(user: AuthUser, cycleId: string, regionId?: string | null): Promise<LevelDistribution[]> {
    const cycle = await this.access.load(this.em, user, cycleId);
    return this.em.execute<LevelDistribution[]>(
      `select t.code as "townshipCode", t.name as "townshipName", count(*)::int as rated,
              count(*) filter (where r.level = 'EXCELLENT')::int as excellent, count(*) filter (where r.level = 'COMPETENT')::int as competent,
              count(*) filter (where r.level = 'BASIC')::int as basic, count(*) filter (where r.level = 'INCOMPETENT')::int as incompetent,
              count(*) filter (where r.final_x100 is null)::int as unscored, round(avg(r.final_x100))::int as "averageX100"
         from assessment_result r ${TOWNSHIP_JOIN}
        where r.cycle_id = ? and r.rated and r.region_code like ?
        group by t.code, t.name order by t.code`,
      [cycle.id, `${await this.prefix(user, regionId)}%`],
    );
  }

  /** Rated workers without a final score, and which entered indicators they lack. */
  async missing(user: AuthUser, cycleId: string, regionId?: string | null): Promise<MissingScore[]> {
    const cycle = await this.access.load(this.em, user, cycleId);
    const rows = await this.em.execute<(Omit<MissingScore, 'missing'> & { entered: Record<string, number> })[]>(
      `select r.id as "resultId", w.id as "workerId", w.name, w.id_number_masked as "idNumber", r.region_code as "regionCode", t.name as "townshipName", r.entered
         from assessment_result r join worker w on w.id = r.worker_id ${TOWNSHIP_JOIN}
        where r.cycle_id = ? and r.rated and r.final_x100 is null and r.region_code like ?
        order by r.region_code, w.name`,
      [cycle.id, `${await this.prefix(user, regionId)}%`],
    );
    const entered = cycle.indicators.filter((i) => i.kind === IndicatorKind.ENTERED);
    return rows.map(({ entered: has, ...row }) => {
      const lacking = entered.filter((i) => has[i.key] === undefined).map((i) => i.label);
      return { ...row, missing: lacking.length ? lacking : ['无可计算的指标'] };
    });
  }

  /** Each worker's star level and level from their latest finalised cycle (for the worker page, batched). */
  async starsOf(workerIds: readonly string[]): Promise<StarLevel[]> {
    const rows = await this.em.execute<{ worker_id: string; stars: number; level: AssessmentLevel; label: string }[]>(
      `select distinct on (r.worker_id) r.worker_id, r.stars, r.level, c.label
         from assessment_result r join assessment_cycle c on c.id = r.cycle_id
        where r.worker_id = any(?::uuid[]) and r.rated and c.status = 'FINALISED'
        order by r.worker_id, c.period_end desc, c.finalised_on desc`,
      [pgUuidArray(workerIds)],
    );
    return oneBy(workerIds, rows, (r) => r.worker_id).map((r) => ({ stars: r?.stars ?? null, level: r?.level ?? null, cycleLabel: r?.label ?? null }));
  }

  /**
   * The finalised levels of the workers under `regionPrefix` in the cycles whose period overlaps
   * [from, to], oldest cycle first. For the pay library: EXCELLENT feeds performance pay.
   */
  finalisedLevels(regionPrefix: string, from: string, to: string, em: EntityManager = this.em): Promise<FinalisedLevel[]> {
    return em.execute<FinalisedLevel[]>(
      `select r.worker_id as "workerId", c.id as "cycleId", c.label as "cycleLabel", c.kind, to_char(c.period_start, 'YYYY-MM-DD') as "periodStart",
              to_char(c.period_end, 'YYYY-MM-DD') as "periodEnd", r.level, r.final_x100 as "scoreX100", r.stars
         from assessment_result r join assessment_cycle c on c.id = r.cycle_id
        where c.status = 'FINALISED' and r.rated and r.region_code like ? and c.period_start <= ? and c.period_end >= ?
        order by c.period_end, r.worker_id`,
      [`${regionPrefix}%`, to, from],
    );
  }

  /** Each worker's level in the latest finalised cycle that ended before `before` (performance pay reads it). */
  async latestLevels(
    workerIds: readonly string[],
    before: string,
    em: EntityManager = this.em,
  ): Promise<Map<string, { level: AssessmentLevel; cycleLabel: string }>> {
    if (!workerIds.length) return new Map();
    const rows = await em.execute<{ workerId: string; level: AssessmentLevel; cycleLabel: string }[]>(
      `select distinct on (r.worker_id) r.worker_id as "workerId", r.level, c.label as "cycleLabel"
         from assessment_result r join assessment_cycle c on c.id = r.cycle_id
        where c.status = 'FINALISED' and r.rated and r.worker_id = any(?::uuid[]) and c.period_end < ?
        order by r.worker_id, c.period_end desc`,
      [pgUuidArray([...workerIds]), before],
    );
    return new Map(rows.map((r) => [r.workerId, { level: r.level, cycleLabel: r.cycleLabel }]));
  }
}
