// The worker side of BullMQ: one BullMQ Worker per queue the plugins' jobs use, dispatching each job by
// name to its one handler in a fresh EntityManager context; and the plugins' schedules.
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { jobKey, Jobs, redisOptions } from '@gridhr/queue';
import { JobHandler } from './domain-plugin';
import { PluginRegistry } from './plugin-registry';

@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly registry: PluginRegistry,
    private readonly moduleRef: ModuleRef,
    private readonly orm: MikroORM,
    private readonly jobs: Jobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // When a worker dies, another takes its jobs over once the lock lapses (JOB_LOCK_SECONDS) and resumes
    // them from what they saved (a scan's cursor).
    const lockMs = this.config.jobLockSeconds * 1000;
    for (const queue of this.registry.queueSettings()) {
      const handlers = new Map(
        this.registry.handlers
          .filter((h) => h.job.queue === queue.name)
          .map((h) => [h.job.name, this.moduleRef.get<JobHandler<unknown>>(h.handler, { strict: false })]),
      );
      const worker = new Worker(queue.name, (job: Job) => this.process(queue.name, handlers.get(job.name), job), {
        connection: redisOptions(this.config.redisUrl),
        prefix: this.config.queuePrefix,
        concurrency: queue.concurrency ?? 1,
        lockDuration: lockMs,
        stalledInterval: lockMs,
        maxStalledCount: 3,
      });
      worker.on('failed', (job, error) => this.logger.warn(`${queue.name}:${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`));
      worker.on('error', (error) => this.logger.error(`${queue.name}: ${error.message}`));
      this.workers.push(worker);
    }
    const [nightly, following] = [this.registry.schedules.filter((s) => !s.after), this.registry.schedules.filter((s) => s.after)];
    for (const schedule of nightly) {
      await this.jobs
        .queue(schedule.job.queue)
        .upsertJobScheduler(schedule.id, { pattern: this.config.scanCron, tz: 'Asia/Shanghai' }, { name: schedule.job.name, data: schedule.data });
    }
    // A schedule that follows another job has no time of its own (one kept from an earlier version goes).
    for (const schedule of following) await this.jobs.queue(schedule.job.queue).removeJobScheduler(schedule.id);
    if (nightly.length) this.logger.log(`scheduled ${nightly.map((s) => s.id).join(', ')} at "${this.config.scanCron}" Asia/Shanghai`);
    for (const s of following) this.logger.log(`scheduled ${s.id} after each nightly ${jobKey(s.after!)}`);
  }

  private async process(queue: string, handler: JobHandler<unknown> | undefined, job: Job): Promise<unknown> {
    if (!handler) throw new Error(`no handler for job ${job.name} on ${queue}`);
    const context = { id: job.id!, scheduled: !!job.repeatJobKey, attemptsMade: job.attemptsMade, save: (data: unknown) => job.updateData(data) };
    const result = await RequestContext.create(this.orm.em, () => handler.handle(job.data, context));
    if (context.scheduled) await this.follow(queue, job);
    return result;
  }

  /**
   * Queues the schedules that run after a nightly job which has just finished (before the job is marked
   * completed: a worker dying in between redoes the job, and the follower's job id, derived from the
   * nightly job's, keeps it to one). A nightly job that fails is retried; its followers wait for the run
   * that finishes.
   */
  private async follow(queue: string, job: Job): Promise<void> {
    for (const schedule of this.registry.schedules.filter((s) => s.after && s.after.queue === queue && s.after.name === job.name)) {
      const jobId = `${schedule.id}-after-${job.id}`.replace(/:/g, '-');
      await this.jobs.add(schedule.job, schedule.data, { jobId });
    }
  }

  /** On SIGTERM: stops taking jobs and lets the active ones finish, before the database connection closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
