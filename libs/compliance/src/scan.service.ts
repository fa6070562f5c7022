import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG, AppConfig, assertInScope, AuthUser, Clock, pgTextArray, pgUuidArray, RegionLevel } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { Jobs } from '@gridhr/queue';
import { COMPLIANCE_SCAN, ComplianceScanJob } from './scan.jobs';
import { ScanStatus, ScanTrigger } from './compliance.enums';
import { ComplianceRule, SUBJECT_TABLES } from './compliance-rule';
import { RuleRegistry } from './rule-registry';
import { ScanRun } from './scan-run.entity';

export interface ChunkCounts {
  opened: number;
  updated: number;
  resolved: number;
}

/** What a running job offers the scan: its id and a way to save progress in the job itself. */
export interface ScanJobHandle {
  id: string;
  data: ComplianceScanJob;
  save(data: ComplianceScanJob): Promise<void>;
}

/**
 * Runs compliance rules as set-based SQL, chunk by chunk. Each chunk is one transaction that opens,
 * updates and resolves the flags of its subjects; the job stores its cursor after each chunk, so a
 * job taken over from a crashed worker resumes where the last committed chunk ended. Redoing a chunk
 * changes nothing (one open flag per rule + subject + period is a unique index), so nothing is
 * duplicated and nothing is lost.
 */
@Injectable()
export class ScanService {
  private readonly logger = new Logger(ScanService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly registry: RuleRegistry,
    private readonly policy: PolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: Jobs,
  ) {}

  /**
   * A scan asked for from GraphQL. While a scan of the same subtree and rules is queued or running,
   * asking again returns that one instead of queueing another, unless its job is gone (Redis restarted
   * without persistence, or the job failed for good): then that run is marked FAILED and a new one queued.
   */
  async request(user: AuthUser, input: { regionId?: string | null; rules?: string[] | null }): Promise<ScanRun> {
    const rules = input.rules?.length ? this.registry.select(input.rules, 'rules').map((r) => r.id) : null;
    const prefix = input.regionId ? assertInScope(user, await this.em.findOne(Region, input.regionId), 'Region', input.regionId).prefix : user.scopePrefix;
    const { run, created } = await this.em.transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`scan:${prefix}:${rules?.join(',') ?? '*'}`]);
      const pending = await em.findOne(
        ScanRun,
        { regionCode: prefix, status: { $in: [ScanStatus.QUEUED, ScanStatus.RUNNING] }, trigger: ScanTrigger.MANUAL },
        { orderBy: { queuedAt: 'desc' } },
      );
      if (pending && JSON.stringify(pending.rules) === JSON.stringify(rules)) {
        const lost = await this.lostJob(pending);
        if (!lost) return { run: pending, created: false };
        pending.status = ScanStatus.FAILED;
        pending.finishedAt = new Date();
        pending.error = `its job was ${lost}; a new scan was queued`;
      }
      const run = em.create(ScanRun, {
        jobId: '',
        trigger: ScanTrigger.MANUAL,
        status: ScanStatus.QUEUED,
        regionCode: prefix,
        rules,
        requestedBy: user.username,
      });
      run.jobId = run.id;
      return { run, created: true };
    });
    // A run still QUEUED after a while may have lost its job (the api died before queueing it): queue it
    // again; the job id is the run's, so a job that does exist is not duplicated.
    if (created || (run.status === ScanStatus.QUEUED && Date.now() - run.queuedAt.getTime() > 60_000)) {
      const data: ComplianceScanJob = { scanRunId: run.id, prefix, ...(rules ? { rules } : {}) };
      try {
        await this.jobs.add(COMPLIANCE_SCAN, data, { jobId: run.id });
      } catch (error) {
        await this.em.nativeUpdate(ScanRun, { id: run.id }, { status: ScanStatus.FAILED, error: `could not queue the scan: ${(error as Error).message}` });
        throw error;
      }
    }
    return run;
  }

  /** Why a RUNNING run's job will never finish it ('lost', 'failed'), or null while it may. A QUEUED run is re-queued instead. */
  private async lostJob(run: ScanRun): Promise<string | null> {
    if (run.status !== ScanStatus.RUNNING) return null;
    // Unknown while Redis does not answer: the run is left to its job.
    const state = await this.jobs.state(COMPLIANCE_SCAN.queue, run.jobId);
    if (state === 'missing') return 'lost';
    return state === 'failed' || state === 'completed' ? state : null;
  }

  /** A whole scan run in this process, without a job (the demo seed's first scan); returns the run's id. */
  async runNow(prefix: string, asOf: string = this.clock.today()): Promise<string> {
    let scanRunId = '';
    const handle: ScanJobHandle = { id: `now-${randomUUID()}`, data: { prefix, asOf }, save: async (data) => void (scanRunId = data.scanRunId ?? '') };
    await this.run(handle, ScanTrigger.SCHEDULE);
    return scanRunId;
  }

  /** Runs or resumes one scan job to the end. Throws (for the queue to retry) when a chunk fails. */
  async run(job: ScanJobHandle, trigger: ScanTrigger): Promise<ChunkCounts> {
    const rules = this.registry.select(job.data.rules);
    const asOf = job.data.asOf ?? this.clock.today();
    const prefix = job.data.prefix ?? '';
    const em = this.em.fork();
    const scanRunId = await this.startRun(em, job, trigger, prefix, asOf);
    const cursor = job.data.cursor ?? { rule: 0, afterId: null };
    let data: ComplianceScanJob = { ...job.data, prefix, asOf, scanRunId, cursor };
    await job.save(data);
    const total: ChunkCounts = { opened: 0, updated: 0, resolved: 0 };
    try {
      for (let r = cursor.rule; r < rules.length; r++) {
        let afterId = r === cursor.rule ? cursor.afterId : null;
        const timing = { started: performance.now(), ids: 0, policies: 0, chunks: 0, subjects: 0 };
        for (;;) {
          const t = performance.now();
          const ids = await this.chunkIds(em, rules[r], prefix, afterId);
          timing.ids += performance.now() - t;
          if (!ids.length) break;
          timing.chunks++;
          timing.subjects += ids.length;
          const counts = await em.transactional(async (tx) => {
            const found = await this.runChunk(tx, rules[r], ids, asOf, timing);
            await tx.execute(
              'update scan_run set chunks_done = chunks_done + 1, opened = opened + ?, updated = updated + ?, resolved = resolved + ? where id = ?',
              [found.opened, found.updated, found.resolved, scanRunId],
            );
            return found;
          });
          total.opened += counts.opened;
          total.updated += counts.updated;
          total.resolved += counts.resolved;
          afterId = ids[ids.length - 1];
          data = { ...data, cursor: { rule: r, afterId } };
          await job.save(data);
          if (this.config.scanChunkPauseMs) await sleep(this.config.scanChunkPauseMs);
        }
        if (this.config.scanTimingLog) {
          const ms = (n: number) => Math.round(n);
          this.logger.log(
            `scan ${scanRunId} rule ${rules[r].id}: ${ms(performance.now() - timing.started)} ms, ${timing.chunks} chunks of ${timing.subjects} subjects (ids ${ms(timing.ids)} ms, policies ${ms(timing.policies)} ms)`,
          );
        }
        data = { ...data, cursor: { rule: r + 1, afterId: null } };
        await job.save(data);
      }
      await em.nativeUpdate(ScanRun, { id: scanRunId }, { status: ScanStatus.DONE, finishedAt: new Date(), error: null });
      return total;
    } catch (error) {
      this.logger.error(`scan ${scanRunId} stopped: ${(error as Error).message}`);
      await em.nativeUpdate(ScanRun, { id: scanRunId }, { status: ScanStatus.FAILED, error: (error as Error).message.slice(0, 2000) });
      throw error;
    }
  }

  /** Records the run (first start) or marks it running again (a retry, or a job taken over). */
  private async startRun(em: EntityManager, job: ScanJobHandle, trigger: ScanTrigger, prefix: string, asOf: string): Promise<string> {
    const [row] = await em.execute<{ id: string }[]>(
      `insert into scan_run (id, job_id, trigger, status, region_code, rules, as_of, queued_at, started_at, chunks_done, opened, updated, resolved)
       values (coalesce(?::uuid, gen_random_uuid()), ?, ?, 'RUNNING', ?, ?::jsonb, ?, now(), now(), 0, 0, 0, 0)
       on conflict (job_id) do update set status = 'RUNNING', as_of = excluded.as_of, error = null, started_at = coalesce(scan_run.started_at, now())
       returning id`,
      [job.data.scanRunId ?? null, job.id, trigger, prefix, job.data.rules ? JSON.stringify(job.data.rules) : null, asOf],
    );
    return row.id;
  }

  /** The next chunk of subject ids of a rule within the prefix, in id order. */
  private async chunkIds(em: EntityManager, rule: ComplianceRule, prefix: string, afterId: string | null): Promise<string[]> {
    const { table, codeColumn } = SUBJECT_TABLES[rule.subject];
    const rows = await em.execute<{ id: string }[]>(
      `select id from "${table}" where "${codeColumn}" like ? and (?::uuid is null or id > ?::uuid) order by id limit ?`,
      [`${prefix}%`, afterId, afterId, this.config.scanChunkSize],
    );
    return rows.map((r) => r.id);
  }

  /** One rule over one chunk of subjects, in the caller's transaction. */
  async runChunk(em: EntityManager, rule: ComplianceRule, ids: string[], asOf: string, timing?: { policies: number }): Promise<ChunkCounts> {
    const t = performance.now();
    const policies = await this.policiesFor(em, rule, ids, asOf);
    if (timing) timing.policies += performance.now() - t;
    const periods = rule.periods ? pgTextArray(rule.periods(asOf)) : null;
    // Ids bound as one uuid[]: the query plans as an index lookup of exactly these ids, whatever the statistics say.
    // The open flags of the chunk are read once and compared with the findings, so a scan writes only
    // what changed: new findings, changed ones, and those gone. (An upsert would lock, and so write,
    // every flag that is still open and unchanged: most of them, on a daily scan.)
    const [row] = await em.execute<ChunkCounts[]>(
      `with chunk as (select unnest(?::uuid[]) as id),
       scan as (select ?::date as as_of),
       policy as (select p.region_code, p.v from jsonb_to_recordset(?::jsonb) as p(region_code text, v jsonb)),
       found as (
         select distinct on (r.subject_id, r.period) r.subject_id, r.region_code, r.period, r.severity::flag_severity as severity, r.message,
                coalesce(r.details, '{}'::jsonb) as details, r.worker_id
           from (${rule.sql}) r
          where r.subject_id in (select id from chunk)
          order by r.subject_id, r.period, r.severity::flag_severity desc),
       -- Joined to the chunk, not filtered by = any(array): with the flag statistics stale (right after a first
       -- run inserted most flags) the array filter planned as a scan of the rule's every open flag, 3-139 s a
       -- chunk on a province, where the join stays an index lookup per subject (about 190 ms).
       open as (
         select c.id, c.subject_id, c.period, c.severity, c.message, c.details, c.region_code, c.worker_id
           from compliance_flag c where c.rule = ? and c.resolved_at is null and c.subject_id in (select id from chunk)),
       -- One full join pairs each finding with its open flag: a full join is always a hash or merge join,
       -- where anti-joins against a CTE may be planned as loops over thousands of rows each.
       diff as (
         select f.subject_id, f.region_code, f.period, f.severity, f.message, f.details, f.worker_id, o.id as open_id, o.period as open_period,
                (o.severity, o.message, o.details, o.region_code, o.worker_id) is distinct from (f.severity, f.message, f.details, f.region_code, f.worker_id) as changed
           from found f full join open o on o.subject_id = f.subject_id and o.period = f.period),
       inserted as (
         insert into compliance_flag (id, rule, subject_type, subject_id, worker_id, period, severity, message, citation, details, region_code, found_at)
         select gen_random_uuid(), ?, ?, d.subject_id, d.worker_id, d.period, d.severity, d.message, ?, d.details, d.region_code, now()
           from diff d where d.open_id is null
         on conflict (rule, subject_id, period) where resolved_at is null do nothing
         returning 1),
       updated as (
         update compliance_flag c set severity = d.severity, message = d.message, details = d.details, region_code = d.region_code, worker_id = d.worker_id
           from diff d where c.id = d.open_id and d.subject_id is not null and d.changed
         returning 1),
       cleared as (
         update compliance_flag c set resolved_at = now()
           from diff d
          where c.id = d.open_id and d.subject_id is null and (?::text[] is null or d.open_period = any(?::text[]))
         returning 1)
       select (select count(*) from inserted)::int as opened,
              (select count(*) from updated)::int as updated,
              (select count(*) from cleared)::int as resolved`,
      [pgUuidArray(ids), asOf, JSON.stringify(policies), rule.id, rule.id, rule.subject, rule.citation, periods, periods],
    );
    return row;
  }

  /** The rule's policy values for each region holding a subject of the chunk. */
  private async policiesFor(
    em: EntityManager,
    rule: ComplianceRule,
    ids: string[],
    asOf: string,
  ): Promise<{ region_code: string; v: Record<string, unknown> }[]> {
    if (!rule.policyKeys.length) return [];
    const { table, codeColumn } = SUBJECT_TABLES[rule.subject];
    const regions = await em.execute<{ code: string; level: RegionLevel }[]>(
      `select r.code, r.level from region r where r.code in (select distinct t."${codeColumn}" from "${table}" t where t.id = any(?::uuid[]))`,
      [pgUuidArray(ids)],
    );
    const byRegion = await this.policy.forRegions(regions, asOf, em);
    return regions.map((r) => ({ region_code: r.code, v: Object.fromEntries(rule.policyKeys.map((key) => [key, byRegion.get(r.code)!.value(key)])) }));
  }
}
