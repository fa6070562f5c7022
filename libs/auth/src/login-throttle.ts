import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { CounterClient } from '@gridhr/queue';

/**
 * Failed sign-ins per client address, counted in Redis so that every api process sees the same count.
 * A Redis that does not answer in time lets sign-in through (the per-account lock in PostgreSQL still
 * holds): being unable to count must not lock every user out.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('LoginThrottle');
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counters: CounterClient,
  ) {}

  private key(address: string): string {
    return `${this.config.queuePrefix}:login-failures:${address}`;
  }

  /** Seconds until `address` may try again, or 0 when it may now. */
  async waitSeconds(address: string): Promise<number> {
    try {
      const redis = await this.counters.ready();
      const [count, ttl] = await this.counters.within(Promise.all([redis.get(this.key(address)), redis.pttl(this.key(address))]));
      return Number(count ?? 0) >= this.config.loginMaxFailuresPerAddress ? Math.max(1, Math.ceil(ttl / 1000)) : 0;
    } catch (error) {
      this.logger.warn(`sign-in not throttled: ${(error as Error).message}`);
      return 0;
    }
  }

  /** Counts one failed sign-in from `address`; the count expires a lock period after the first. */
  async failed(address: string): Promise<void> {
    try {
      const key = this.key(address);
      const redis = await this.counters.ready();
      await this.counters.within(
        redis
          .multi()
          .incr(key)
          .pexpire(key, this.config.loginLockMinutes * 60_000, 'NX')
          .exec(),
      );
    } catch (error) {
      this.logger.warn(`failed sign-in not counted: ${(error as Error).message}`);
    }
  }
}
