import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG, AppConfig, assertInScope, AuthUser, Clock } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { Jobs } from '@gridhr/queue';
import { COMPLIANCE_SCAN, ComplianceScanJob } from './scan.jobs';
import { ScanStatus, ScanTrigger } from './compliance.enums';
import { RuleRegistry } from './rule-registry';
import { ScanRun } from './scan-run.entity';
import { Chunk, ChunkCounts, nextChunk, runChunk } from './scan-chunk';
import { ScanPolicies } from './scan-policies';

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
    const policies = new ScanPolicies(this.policy, asOf);
    // The subjects are listed once per kind and run (the ten worker rules read the same chunks): listing
    // them again for each rule was a tenth of an unchanged run. A subject added while the run goes is
    // judged by the next run.
    const chunks = new Map<string, Chunk>();
    try {
      for (let r = cursor.rule; r < rules.length; r++) {
        let afterId = r === cursor.rule ? cursor.afterId : null;
        const timing = { started: performance.now(), ids: 0, policies: 0, chunks: 0, subjects: 0 };
        for (;;) {
          const t = performance.now();
          const key = `${rules[r].subject} ${afterId ?? ''}`;
          const chunk = chunks.get(key) ?? (await nextChunk(em, rules[r], prefix, afterId, this.config.scanChunkSize));
          chunks.set(key, chunk);
          timing.ids += performance.now() - t;
          if (!chunk.ids.length) break;
          timing.chunks++;
          timing.subjects += chunk.ids.length;
          const counts = await em.transactional(async (tx) => {
            const found = await runChunk(tx, rules[r], chunk, asOf, policies, timing);
            await tx.execute(
              'update scan_run set chunks_done = chunks_done + 1, opened = opened + ?, updated = updated + ?, resolved = resolved + ? where id = ?',
              [found.opened, found.updated, found.resolved, scanRunId],
            );
            return found;
          });
          total.opened += counts.opened;
          total.updated += counts.updated;
          total.resolved += counts.resolved;
          afterId = chunk.ids[chunk.ids.length - 1];
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
}
