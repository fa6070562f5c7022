// Every api and worker process announces its rule set in Redis (a key with a short expiry, renewed while
// it runs); a process whose rules differ from a running one's refuses to start, so an api and a worker
// of different versions never judge the same data by different rules.
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { redisOptions } from '@gridhr/queue';
import { PluginError, PluginRegistry, ruleSetDifference } from './plugin-registry';

export const PROCESS_ROLE = Symbol('PROCESS_ROLE');
export type ProcessRole = 'api' | 'worker' | 'cli';

const TTL_SECONDS = 30;

interface Announcement {
  role: ProcessRole;
  host: string;
  pid: number;
  fingerprint: string;
  rules: { id: string; digest: string }[];
}

@Injectable()
export class ProcessRegistry implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ProcessRegistry.name);
  private redis: Redis | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly key: string;

  constructor(
    private readonly registry: PluginRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
  ) {
    this.key = `${config.queuePrefix}:process:${role}:${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  async onModuleInit(): Promise<void> {
    const redis = new Redis({
      ...redisOptions(this.config.redisUrl),
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      retryStrategy: () => null,
    });
    try {
      await redis.connect();
    } catch (error) {
      this.logger.warn(`cannot compare rule sets with the other processes, Redis is unreachable: ${(error as Error).message}`);
      redis.disconnect();
      return;
    }
    redis.on('error', () => undefined);
    this.redis = redis;
    const mine: Announcement = {
      role: this.role,
      host: hostname(),
      pid: process.pid,
      fingerprint: this.registry.fingerprint(),
      rules: this.registry.ruleSet(),
    };
    for (const other of await this.running()) {
      if (other.fingerprint === mine.fingerprint) continue;
      const difference = ruleSetDifference(mine.rules, other.rules) ?? 'different fingerprints';
      await this.close();
      throw new PluginError(
        `the compliance rule set differs from the running ${other.role} on ${other.host} (pid ${other.pid}): ${difference}; run the same GridHR version everywhere`,
      );
    }
    await redis.set(this.key, JSON.stringify(mine), 'EX', TTL_SECONDS);
    this.timer = setInterval(() => void redis.set(this.key, JSON.stringify(mine), 'EX', TTL_SECONDS).catch(() => undefined), (TTL_SECONDS / 3) * 1000);
    this.timer.unref();
  }

  private async running(): Promise<Announcement[]> {
    const found: Announcement[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.redis!.scan(cursor, 'MATCH', `${this.config.queuePrefix}:process:*`, 'COUNT', 200);
      cursor = next;
      for (const value of keys.length ? await this.redis!.mget(...keys) : []) if (value) found.push(JSON.parse(value) as Announcement);
    } while (cursor !== '0');
    return found;
  }

  private async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const redis = this.redis;
    this.redis = null;
    if (!redis) return;
    await redis.del(this.key).catch(() => undefined);
    await redis.quit().catch(() => redis.disconnect());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
