import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Job, JobsOptions, Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { JobRef } from './jobs';
import { redisOptions } from './redis-options';

/** Retries with backoff, and bounded history, for every job unless its producer says otherwise. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 1_000 },
  removeOnFail: { count: 5_000 },
};

/** The producer side of BullMQ: one Queue per name, made on first use, closed at shutdown. */
@Injectable()
export class Jobs implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: redisOptions(this.config.redisUrl), prefix: this.config.queuePrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      this.queues.set(name, queue);
    }
    return queue;
  }

  add<T>(ref: JobRef<T>, data: T, options?: JobsOptions): Promise<Job<T>> {
    return this.queue(ref.queue).add(ref.name, data, options) as Promise<Job<T>>;
  }

  /** Answers PONG when Redis does (for /health). */
  async ping(): Promise<string> {
    const client = (await this.queue('health').client) as unknown as { ping(): Promise<string> };
    return client.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
