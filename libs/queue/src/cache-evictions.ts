// Caches kept inside each process (the signed-in user behind a token), evicted in every process: an
// eviction drops the entry here at once and is published on Redis, where each listening process drops its
// own. A process uses its caches only while it listens (the api does from boot): before it has subscribed,
// and from the moment its subscription drops until it is back (everything cleared then), every read goes
// to the source. The time to live bounds what a lost message could leave stale.
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { CounterClient } from './counter-client';
import { EvictableCache } from './evictable-cache';
import { redisOptions } from './redis-options';

/** The signed-in user (role, scope, token version) behind each token, keyed by user id. */
export const SIGNED_IN_USERS = 'signed-in-users';

interface Eviction {
  cache: string;
  key: string;
}

function parseEviction(message: string): Eviction | null {
  try {
    const value = JSON.parse(message) as Partial<Eviction>;
    return typeof value?.cache === 'string' && typeof value.key === 'string' ? { cache: value.cache, key: value.key } : null;
  } catch {
    return null;
  }
}

@Injectable()
export class CacheEvictions implements OnApplicationShutdown {
  private readonly logger = new Logger('CacheEvictions');
  private readonly caches = new Map<string, EvictableCache<unknown>>();
  private readonly channel: string;
  private subscriber: Redis | null = null;
  private listening = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counters: CounterClient,
  ) {
    this.channel = `${config.queuePrefix}:cache-evictions`;
  }

  /** This process's cache of that name (made on first call). */
  cache<T>(name: string, ttlMs: number): EvictableCache<T> {
    let cache = this.caches.get(name);
    if (!cache) this.caches.set(name, (cache = new EvictableCache<unknown>(ttlMs)));
    return cache as EvictableCache<T>;
  }

  /** Whether cached entries may be used now: this process hears every eviction (never, before listen()). */
  live(): boolean {
    return this.listening;
  }

  /** Drops the entry (or '*': all) here, then in every other process; a failure to publish is logged, not thrown (the change is committed). */
  async evict(cache: string, key: string): Promise<void> {
    this.drop({ cache, key });
    try {
      const client = await this.counters.ready();
      await this.counters.within(client.publish(this.channel, JSON.stringify({ cache, key })));
    } catch (error) {
      this.logger.warn(`could not publish the eviction of ${cache} ${key} (${(error as Error).message}): other processes keep it at most its time to live`);
    }
  }

  /** Starts hearing the evictions of other processes (the api, at boot); caches are used once subscribed. */
  listen(): void {
    if (this.subscriber) return;
    const subscriber = new Redis({ ...redisOptions(this.config.redisUrl), autoResubscribe: false, maxRetriesPerRequest: null });
    this.subscriber = subscriber;
    subscriber.on('error', () => undefined);
    subscriber.on('ready', () => {
      subscriber.subscribe(this.channel).then(
        () => {
          // What was published while away is lost: start afresh.
          this.dropAll();
          this.listening = true;
        },
        () => undefined,
      );
    });
    subscriber.on('close', () => {
      this.listening = false;
      this.dropAll();
    });
    subscriber.on('message', (channel: string, message: string) => {
      const eviction = channel === this.channel ? parseEviction(message) : null;
      if (eviction) this.drop(eviction);
    });
  }

  private drop({ cache, key }: Eviction): void {
    this.caches.get(cache)?.evict(key);
  }

  private dropAll(): void {
    for (const cache of this.caches.values()) cache.evict('*');
  }

  onApplicationShutdown(): void {
    this.listening = false;
    this.subscriber?.disconnect();
  }
}
