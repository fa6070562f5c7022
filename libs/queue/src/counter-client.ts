// The one Redis client of a process for counters that must not wait on a Redis that is away (the sign-in
// and reveal throttles share it): no offline queue, one retry, connected lazily and awaited within a
// timeout before each use. Provided once by QueueModule, so an api process opens one such connection.
import { once } from 'node:events';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { withTimeout } from './job-queues';
import { redisOptions } from './redis-options';

@Injectable()
export class CounterClient implements OnApplicationShutdown {
  private client: Redis | null = null;
  private readonly redisUrl: string;
  private readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redisUrl = config.redisUrl;
    this.timeoutMs = config.queueTimeoutMs;
  }

  /** The client once connected: without an offline queue, a command sent while it connects would fail. */
  async ready(): Promise<Redis> {
    this.client ??= new Redis({ ...redisOptions(this.redisUrl), enableOfflineQueue: false, maxRetriesPerRequest: 1 }).on('error', () => undefined);
    if (this.client.status !== 'ready') await withTimeout(once(this.client, 'ready'), this.timeoutMs, 'Redis');
    return this.client;
  }

  /** `promise` or an error after the timeout. */
  within<T>(promise: Promise<T>): Promise<T> {
    return withTimeout(promise, this.timeoutMs, 'Redis');
  }

  onApplicationShutdown(): void {
    this.client?.disconnect();
  }
}
