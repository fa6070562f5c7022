// Work records from the grid platform: written in bulk (an import, or a list sent through GraphQL) as one
// upsert keyed by worker and period, refused for periods a finalised cycle has locked.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { AuthUser, Clock, InvalidInput, paginate, pgTextArray, scopeWhere } from '@gridhr/common';
import { AuditService } from '@gridhr/audit';
import { Worker } from '@gridhr/workers';
import { randomUUID } from 'node:crypto';
import { WorkPeriodKind } from './assessment.enums';
import { assessmentError, AssessmentReason } from './assessment.errors';
import { workPeriodLabel } from './cycle-period.rules';
import { WorkRecord } from './work-record.entity';
import { CheckedRecord, checkRecord, recordDay, WorkFigures } from './work-record.rules';

export interface RecordToWrite extends CheckedRecord {
  worker: Pick<Worker, 'id' | 'regionCode'>;
}

export interface LockedPeriod {
  label: string;
  /** The division-code prefix of the cycle's region. */
  prefix: string;
  start: string;
  end: string;
}

const MAX_RECORDS = 20_000;

@Injectable()
export class WorkRecordsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  list(
    user: AuthUser,
    args: { first: number; after?: string; workerId?: string | null; kind?: WorkPeriodKind | null; from?: string | null; to?: string | null },
  ) {
    const where: FilterQuery<WorkRecord>[] = [scopeWhere(user)];
    if (args.workerId) where.push({ worker: args.workerId });
    if (args.kind) where.push({ periodKind: args.kind });
    if (args.from) where.push({ periodStart: { $gte: args.from } });
    if (args.to) where.push({ periodStart: { $lte: args.to } });
    return paginate(this.em, WorkRecord, { $and: where }, args, { field: 'periodStart', direction: 'DESC' }, { populate: ['worker'] });
  }

  /** The finalised cycles over these workers' county and township: their periods are locked. */
  async lockedPeriods(em: EntityManager, regionCodes: string[]): Promise<LockedPeriod[]> {
    const units = [...new Set(regionCodes.flatMap((c) => [c.slice(0, 6).padEnd(12, '0'), c.slice(0, 9).padEnd(12, '0')]))];
    if (!units.length) return [];
    return em.execute<LockedPeriod[]>(
      `select c.label, substr(c.region_code, 1, case r.level when 'COUNTY' then 6 else 9 end) as prefix,
              to_char(c.period_start, 'YYYY-MM-DD') as start, to_char(c.period_end, 'YYYY-MM-DD') as "end"
         from assessment_cycle c join region r on r.id = c.region_id
        where c.status = 'FINALISED' and c.region_code = any(?::text[])`,
      [pgTextArray(units)],
    );
  }

  /** The finalised cycle locking a record's period, if any. */
  lockFor(locked: LockedPeriod[], worker: Pick<Worker, 'regionCode'>, r: CheckedRecord): LockedPeriod | undefined {
    const day = recordDay(r.periodKind, r.periodStart);
    return locked.find((l) => worker.regionCode.startsWith(l.prefix) && l.start <= day && day <= l.end);
  }

  /** Records sent through GraphQL for workers in the caller's scope; all or nothing. */
  async record(
    user: AuthUser,
    input: { source: string; records: (WorkFigures & { workerId: string; period: string })[] },
  ): Promise<{ created: number; updated: number }> {
    if (input.records.length > MAX_RECORDS) throw new InvalidInput('input.records', `at most ${MAX_RECORDS} at once`);
    const today = this.clock.today();
    return this.em.transactional(async (em) => {
      const workers = new Map(
        (await em.find(Worker, { id: { $in: [...new Set(input.records.map((r) => r.workerId))] }, ...scopeWhere(user) })).map((w) => [w.id, w]),
      );
      const locked = await this.lockedPeriods(
        em,
        [...workers.values()].map((w) => w.regionCode),
      );
      const seen = new Set<string>();
      const rows = input.records.map((r, i) => {
        const worker = workers.get(r.workerId);
        if (!worker) throw new InvalidInput(`input.records[${i}].workerId`, 'is not a worker in your scope');
        const checked = checkRecord(r.period, r, today);
        if ('problem' in checked) throw new InvalidInput(`input.records[${i}].${checked.field}`, checked.problem);
        const key = `${worker.id}:${checked.periodKind}:${checked.periodStart}`;
        if (seen.has(key)) throw new InvalidInput(`input.records[${i}].period`, 'appears twice for this worker');
        seen.add(key);
        const lock = this.lockFor(locked, worker, checked);
        if (lock)
          throw assessmentError(
            AssessmentReason.PERIOD_LOCKED,
            `${worker.name}: ${workPeriodLabel(checked.periodKind, checked.periodStart)} lies in cycle ${lock.label}, which is finalised`,
            `input.records[${i}].period`,
          );
        return { ...checked, worker };
      });
      return this.write(em, user, rows, input.source.trim(), null);
    });
  }

  /** How many records a write would create and update (a dry run). */
  async wouldWrite(em: EntityManager, rows: RecordToWrite[]): Promise<{ created: number; updated: number }> {
    if (!rows.length) return { created: 0, updated: 0 };
    const [row] = await em.execute<{ existing: number }[]>(
      `select count(*)::int as existing from work_record r
         join jsonb_to_recordset(?::jsonb) as x(worker_id uuid, period_kind text, period_start date)
           on r.worker_id = x.worker_id and r.period_kind::text = x.period_kind and r.period_start = x.period_start`,
      [JSON.stringify(rows.map((r) => ({ worker_id: r.worker.id, period_kind: r.periodKind, period_start: r.periodStart })))],
    );
    return { created: rows.length - row.existing, updated: row.existing };
  }

  /** One upsert for all the records, in the caller's transaction; audited as one entry. */
  async write(
    em: EntityManager,
    user: AuthUser,
    rows: RecordToWrite[],
    source: string,
    importId: string | null,
  ): Promise<{ created: number; updated: number }> {
    if (!rows.length) return { created: 0, updated: 0 };
    const payload = rows.map((r) => ({
      id: randomUUID(),
      worker_id: r.worker.id,
      region_code: r.worker.regionCode,
      period_kind: r.periodKind,
      period_start: r.periodStart,
      full_area_visit: r.fullAreaVisit,
      events_reported: r.eventsReported,
      events_closed_on_time: r.eventsClosedOnTime,
      satisfaction_x100: r.satisfactionX100,
    }));
    const written = await em.execute<{ inserted: boolean }[]>(
      `insert into work_record (id, worker_id, region_code, period_kind, period_start, full_area_visit, events_reported, events_closed_on_time,
                                satisfaction_x100, source, import_id, recorded_by, version, updated_at)
       select x.id, x.worker_id, x.region_code, x.period_kind::work_period_kind, x.period_start, x.full_area_visit, x.events_reported, x.events_closed_on_time,
              x.satisfaction_x100, ?, ?, ?, 1, now()
         from jsonb_to_recordset(?::jsonb) as x(id uuid, worker_id uuid, region_code text, period_kind text, period_start date, full_area_visit boolean,
                                               events_reported int, events_closed_on_time int, satisfaction_x100 int)
       on conflict (worker_id, period_kind, period_start) do update
          set full_area_visit = excluded.full_area_visit, events_reported = excluded.events_reported,
              events_closed_on_time = excluded.events_closed_on_time, satisfaction_x100 = excluded.satisfaction_x100,
              region_code = excluded.region_code, source = excluded.source, import_id = excluded.import_id,
              recorded_by = excluded.recorded_by, version = work_record.version + 1, updated_at = now()
       returning (xmax = 0) as inserted`,
      [source, importId, user.username, JSON.stringify(payload)],
    );
    const created = written.filter((w) => w.inserted).length;
    const counts = { created, updated: written.length - created };
    this.audit.record(em, user, {
      entity: 'WorkRecords',
      entityId: importId ?? randomUUID(),
      action: importId ? 'IMPORT' : 'RECORD',
      before: null,
      after: { source, ...counts, workers: new Set(rows.map((r) => r.worker.id)).size },
      regionCode: user.scopePrefix.padEnd(12, '0').slice(0, 12),
    });
    return counts;
  }
}
