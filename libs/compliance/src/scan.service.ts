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
import { ScanSchedule } from './scan-schedule';
import { ComplianceRule } from './compliance-rule';

/** What the lanes of one run share. */
interface RunState {
  scanRunId: string;
  prefix: string;
  asOf: string;
  total: ChunkCounts;
  /** Resolved once per region for the whole run. */
  policies: ScanPolicies;
  /** Each kind's chunks by the subject before them, listed once per run. */
  chunks: Map<string, Promise<Chunk>>;
  /** Set when a lane failed: the others stop after their chunk in flight. */
  stopped: boolean;
}

/** What a running job offers the scan: its id and a way to save progress in the job itself. */
export interface ScanJobHandle {
  id: string;
  data: ComplianceScanJob;
  save(data: ComplianceScanJob): Promise<void>;
}

/**
 * Runs compliance rules as set-based SQL, chunk by chunk. Each chunk is one transaction that opens,
 * updates and resolves the flags of its subjects; the job stores its progress after each chunk, so a
 * job taken over from a crashed worker resumes each rule where its last committed chunk ended. Redoing
 * a chunk changes nothing (one open flag per rule + subject + period is a unique index), so nothing is
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

  /**
   * Runs or resumes one scan job to the end. SCAN_LANES rules run at once, each lane in its own session
   * (a rule's chunk statement uses one core of PostgreSQL; a province scan is mostly that). Throws (for
   * the queue to retry) when a chunk fails; the other lanes stop after their chunk in flight.
   */
  async run(job: ScanJobHandle, trigger: ScanTrigger): Promise<ChunkCounts> {
    const rules = new Map(this.registry.select(job.data.rules).map((rule) => [rule.id, rule]));
    const asOf = job.data.asOf ?? this.clock.today();
    const prefix = job.data.prefix ?? '';
    const scanRunId = await this.startRun(this.em.fork(), job, trigger, prefix, asOf);
    const schedule = new ScanSchedule([...rules.keys()], job.data.progress);
    let data: ComplianceScanJob = { ...job.data, prefix, asOf, scanRunId, progress: schedule.progress() };
    await job.save(data);
    // Saves one at a time, each with the progress of every commit before it.
    let saving = Promise.resolve();
    const save = () => (saving = saving.then(() => job.save((data = { ...data, progress: schedule.progress() }))));
    const run: RunState = {
      scanRunId,
      prefix,
      asOf,
      total: { opened: 0, updated: 0, resolved: 0 },
      policies: new ScanPolicies(this.policy, asOf),
      chunks: new Map(),
      stopped: false,
    };
    const lane = async () => {
      const em = this.em.fork();
      try {
        for (let work = schedule.take(); work && !run.stopped; work = schedule.take()) {
          const { rule } = work;
          await this.runRule(em, run, rules.get(rule)!, work.afterId, async (afterId) => {
            schedule.chunkDone(rule, afterId);
            await save();
          });
          if (run.stopped) break;
          schedule.ruleDone(rule);
          await save();
        }
      } catch (error) {
        run.stopped = true;
        throw error;
      }
    };
    const lanes = await Promise.allSettled(Array.from({ length: Math.min(this.config.scanLanes, rules.size) }, lane));
    const failed = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
    const error =
      failed?.reason ??
      (await saving.then(
        () => null,
        (e: unknown) => e,
      ));
    if (error) {
      this.logger.error(`scan ${scanRunId} stopped: ${(error as Error).message}`);
      await this.em.fork().nativeUpdate(ScanRun, { id: scanRunId }, { status: ScanStatus.FAILED, error: (error as Error).message.slice(0, 2000) });
      throw error;
    }
    await this.em.fork().nativeUpdate(ScanRun, { id: scanRunId }, { status: ScanStatus.DONE, finishedAt: new Date(), error: null });
    return run.total;
  }

  /** One rule from the subject after `afterId` to the last, a transaction per chunk; `committed` after each. */
  private async runRule(em: EntityManager, run: RunState, rule: ComplianceRule, afterId: string | null, committed: (afterId: string) => Promise<void>) {
    const timing = { started: performance.now(), ids: 0, policies: 0, chunks: 0, subjects: 0 };
    while (!run.stopped) {
      const t = performance.now();
      // The subjects are listed once per kind and run (the ten worker rules read the same chunks, and two
      // lanes may ask at once): listing them again for each rule was a tenth of an unchanged run. A
      // subject added while the run goes is judged by the next run.
      const key = `${rule.subject} ${afterId ?? ''}`;
      let listed = run.chunks.get(key);
      if (!listed) run.chunks.set(key, (listed = nextChunk(em, rule, run.prefix, afterId, this.config.scanChunkSize)));
      const chunk = await listed;
      timing.ids += performance.now() - t;
      if (!chunk.ids.length) break;
      timing.chunks++;
      timing.subjects += chunk.ids.length;
      const counts = await em.transactional(async (tx) => {
        const found = await runChunk(tx, rule, chunk, run.asOf, run.policies, timing);
        await tx.execute(
          'update scan_run set chunks_done = chunks_done + 1, opened = opened + ?, updated = updated + ?, resolved = resolved + ? where id = ?',
          [found.opened, found.updated, found.resolved, run.scanRunId],
        );
        return found;
      });
      run.total.opened += counts.opened;
      run.total.updated += counts.updated;
      run.total.resolved += counts.resolved;
      afterId = chunk.ids[chunk.ids.length - 1];
      await committed(afterId);
      if (this.config.scanChunkPauseMs) await sleep(this.config.scanChunkPauseMs);
    }
    if (this.config.scanTimingLog) {
      const ms = (n: number) => Math.round(n);
      this.logger.log(
        `scan ${run.scanRunId} rule ${rule.id}: ${ms(performance.now() - timing.started)} ms, ${timing.chunks} chunks of ${timing.subjects} subjects (ids ${ms(timing.ids)} ms, policies ${ms(timing.policies)} ms)`,
      );
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
