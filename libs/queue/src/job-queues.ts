import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { JobsOptions, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { JobOutbox } from './job-outbox.entity';
import { JobRef } from './jobs';
import { redisOptions } from './redis-options';

/** Retries with backoff, and bounded history, for every job unless its producer says otherwise. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 1_000 },
  removeOnFail: { count: 5_000 },
};

/** Where a job went: to Redis, or into the outbox table until Redis answers again. */
export interface QueuedJob {
  id: string;
  queued: 'REDIS' | 'OUTBOX';
}

/** Rejects when `promise` has not settled within `ms` (the promise itself keeps running). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What is left of a delayed job's delay `now`, counted from when it was first asked for. */
export function remainingDelay(options: JobsOptions, askedAt: Date, now: Date): number | undefined {
  if (options.delay === undefined) return undefined;
  return Math.max(0, askedAt.getTime() + options.delay - now.getTime());
}

/**
 * The producer side of BullMQ: one Queue per name, made on first use, closed at shutdown. Every call to
 * Redis has a time limit, so a request never hangs on a Redis that is down: a job Redis does not take in
 * time goes to the outbox table, and the drainer of every process hands it over once Redis is back.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();
  private readonly logger = new Logger('Jobs');
  private drainer: NodeJS.Timeout | undefined;
  private draining: Promise<number> | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orm: MikroORM,
  ) {}

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // No offline queue: a command to a Redis that is down fails at once instead of waiting for it.
      const connection = { ...redisOptions(this.config.redisUrl), enableOfflineQueue: false };
      queue = new Queue(name, { connection, prefix: this.config.queuePrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Queues a job. When Redis does not take it within QUEUE_TIMEOUT_MS the job is kept in the outbox
   * (PostgreSQL) and queued later; the caller's write stands and its request answers either way.
   */
  async add<T>(ref: JobRef<T>, data: T, options: JobsOptions = {}): Promise<QueuedJob> {
    const withId = { ...options, jobId: options.jobId ?? randomUUID() };
    try {
      await withTimeout(this.queue(ref.queue).add(ref.name, data, withId), this.config.queueTimeoutMs, 'Redis');
      return { id: withId.jobId, queued: 'REDIS' };
    } catch (error) {
      // The same job asked for twice (a retried request) is kept once.
      await this.orm.em
        .fork()
        .getConnection()
        .execute(
          `insert into job_outbox (id, queue, name, data, options, created_at, attempts, last_error) values (?, ?, ?, ?, ?, now(), 0, ?) on conflict (id) do nothing`,
          [withId.jobId, ref.queue, ref.name, JSON.stringify(data), JSON.stringify(withId), (error as Error).message],
        );
      this.logger.warn(`${ref.queue}:${ref.name} kept in the outbox until Redis answers: ${(error as Error).message}`);
      return { id: withId.jobId, queued: 'OUTBOX' };
    }
  }

  /** The state of a job, or null when there is none or Redis does not answer in time. */
  async state(queueName: string, jobId: string): Promise<string | null> {
    try {
      return await withTimeout(
        (async () => {
          const job = await this.queue(queueName).getJob(jobId);
          return job ? job.getState() : 'missing';
        })(),
        this.config.queueTimeoutMs,
        'Redis',
      );
    } catch {
      return null;
    }
  }

  /** Hands the outbox's jobs to Redis, oldest first; stops at the first refusal. Returns how many went. */
  drainOutbox(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.draining ??= this.drain().finally(() => (this.draining = null));
    return this.draining;
  }

  private async drain(): Promise<number> {
    const em = this.orm.em.fork();
    const waiting = await em.find(JobOutbox, {}, { orderBy: { createdAt: 'asc' }, limit: 100 });
    let sent = 0;
    for (const row of waiting) {
      const options = { ...row.options, jobId: row.id, delay: remainingDelay(row.options, row.createdAt, new Date()) };
      try {
        await withTimeout(this.queue(row.queue).add(row.name, row.data, options), this.config.queueTimeoutMs, 'Redis');
      } catch (error) {
        await em.nativeUpdate(JobOutbox, { id: row.id }, { attempts: row.attempts + 1, lastError: (error as Error).message });
        break;
      }
      await em.nativeDelete(JobOutbox, { id: row.id });
      sent++;
    }
    if (sent) this.logger.log(`${sent} job(s) handed from the outbox to Redis`);
    return sent;
  }

  /** Answers PONG when Redis does (for /health). */
  async ping(): Promise<string> {
    const client = (await withTimeout(this.queue('health').client, this.config.queueTimeoutMs, 'Redis')) as unknown as { ping(): Promise<string> };
    return withTimeout(client.ping(), this.config.queueTimeoutMs, 'Redis');
  }

  onApplicationBootstrap(): void {
    this.drainer = setInterval(() => void this.drainOutbox().catch((error: Error) => this.logger.warn(`outbox: ${error.message}`)), this.config.outboxDrainMs);
    this.drainer.unref();
  }

  /**
   * The drainer stops before any shutdown hook runs: the ORM closes its pool in one of them, and a drain
   * started after that waited the pool's minute for a connection (a flaky hang closing the app in tests).
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.drainer);
    await this.draining?.catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
