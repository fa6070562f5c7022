import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { CounterClient } from '@gridhr/queue';

/**
 * Reveals of personal data per user (a full ID number, a search by ID number or phone), counted in Redis
 * so that every api process sees the same count: REVEAL_MAX_PER_USER per REVEAL_WINDOW_MINUTES, the
 * window starting with the first reveal. Each call counts, so one request repeating a search under many
 * aliases spends one reveal per alias. A Redis that does not answer in time lets the reveal through (the
 * role check and the audit entry still hold): being unable to count must not stop the register's work.
 */
@Injectable()
export class RevealThrottle {
  private readonly logger = new Logger('RevealThrottle');
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counters: CounterClient,
  ) {}

  /** Counts one reveal by `userId`; returns 0 when it is allowed, else the seconds until the window ends. */
  async take(userId: string): Promise<number> {
    const key = `${this.config.queuePrefix}:reveals:${userId}`;
    try {
      const redis = await this.counters.ready();
      const results = await this.counters.within(
        redis
          .multi()
          .incr(key)
          .pexpire(key, this.config.revealWindowMinutes * 60_000, 'NX')
          .pttl(key)
          .exec(),
      );
      const [[countError, count], , [, ttl]] = results ?? [
        [new Error('transaction discarded'), 0],
        [null, 0],
        [null, 0],
      ];
      if (countError) throw countError;
      return Number(count) > this.config.revealMaxPerUser ? Math.max(1, Math.ceil(Number(ttl) / 1000)) : 0;
    } catch (error) {
      this.logger.warn(`reveal not counted: ${(error as Error).message}`);
      return 0;
    }
  }
}
