import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, InvalidInput, RegionLevel } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { COUNTED_KINDS } from './training.rules';
import { measuredWorkerSql, requirementSql, workerTrainingSql } from './training-measure';

export interface WorkerTrainingRow {
  workerId: string;
  name: string;
  regionCode: string;
  category: string;
  countyDone: number;
  townshipDone: number;
  departmentDone: number;
  countyRequired: number;
  townshipRequired: number;
  behind: boolean;
}

export interface TrainingReport {
  townshipId: string;
  townshipName: string;
  year: number;
  asOf: string;
  checkpoint: string | null;
  townshipSessionsHeld: number;
  townshipSessionsRequired: number;
  sessionsByLevel: { level: string; sessions: number }[];
  measuredWorkers: number;
  trainedZero: number;
  trainedOnce: number;
  trainedTwice: number;
  trainedThreeOrMore: number;
  workers: WorkerTrainingRow[];
}

/**
 * Training compliance of one township for one year, measured like the scans (training-measure.ts):
 * for a past year at 31 December, for this year as of today against the checkpoint in force.
 */
@Injectable()
export class TrainingReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {}

  async report(user: AuthUser, input: { townshipId: string; year: number; asOf?: string | null }): Promise<TrainingReport> {
    const township = assertInScope(user, await this.em.findOne(Region, input.townshipId), 'Region', input.townshipId);
    if (township.level !== RegionLevel.TOWNSHIP) throw new InvalidInput('townshipId', `the report is per township, not per ${township.level}`);
    const today = this.clock.today();
    const yearEnd = `${input.year}-12-31`;
    const asOf = input.asOf ?? (yearEnd < today ? yearEnd : today);
    if (asOf.slice(0, 4) !== String(input.year)) throw new InvalidInput('asOf', `must be within ${input.year}`);
    if (asOf > today) throw new InvalidInput('asOf', 'must not be in the future');
    const v = JSON.stringify(Object.fromEntries((await this.policy.forRegion(township, asOf)).all().map((e) => [e.key, e.value])));
    const kinds = COUNTED_KINDS.map((k) => `'${k}'`).join(', ');
    // Three independent reads, each on its own pooled connection at once: the report waits for the
    // longest, not for the sum (outside a transaction each statement takes any free connection).
    const [workers, [own], byLevel] = await Promise.all([
      this.em.execute<WorkerTrainingRow[]>(
        `select w.id as "workerId", w.name, w.region_code as "regionCode", w.category,
              done.county as "countyDone", done.township as "townshipDone", done.department as "departmentDone", req.county as "countyRequired", req.township as "townshipRequired",
              (done.county < req.county or done.township < req.township) as behind
         from worker w
         cross join (select ?::date as day, ?::jsonb as v) x
         ${workerTrainingSql('x.day', 'x.v')}
        where w.region_code like ? and ${measuredWorkerSql('x.day')}
        order by behind desc, w.region_code, w.name`,
        [asOf, v, `${township.prefix}%`],
      ),
      this.em.execute<{ held: number; required: number; checkpoint: string | null }[]>(
        `select (select count(*)::int from training_session ts
                where ts.organiser_id = ? and ts.level = 'TOWNSHIP' and ts.kind in (${kinds}) and ts.held_on between date_trunc('year', x.day)::date and x.day) as held,
              due.township as required, due.by as checkpoint
         from (select ?::date as day, ?::jsonb as v) x
         cross join lateral (${requirementSql('x.day', 'x.v')}) due`,
        [township.id, asOf, v],
      ),
      this.em.execute<{ level: string; sessions: number }[]>(
        `select ts.level, count(distinct ts.id)::int as sessions
         from training_session ts
        where ts.kind in (${kinds}) and ts.held_on between ? and ?
          -- The township's attendance first (an index on attendance.region_code), not every session's attendance list.
          and (ts.organiser_id = ? or ts.id in (select a.session_id from attendance a where a.region_code like ?))
        group by ts.level order by ts.level`,
        [`${input.year}-01-01`, asOf, township.id, `${township.prefix}%`],
      ),
    ]);
    const total = (w: WorkerTrainingRow) => w.countyDone + w.townshipDone;
    return {
      townshipId: township.id,
      townshipName: township.name,
      year: input.year,
      asOf,
      checkpoint: own.checkpoint,
      townshipSessionsHeld: own.held,
      townshipSessionsRequired: own.required,
      sessionsByLevel: byLevel,
      measuredWorkers: workers.length,
      trainedZero: workers.filter((w) => total(w) === 0).length,
      trainedOnce: workers.filter((w) => total(w) === 1).length,
      trainedTwice: workers.filter((w) => total(w) === 2).length,
      trainedThreeOrMore: workers.filter((w) => total(w) >= 3).length,
      workers,
    };
  }
}
