import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { JobsOptions } from 'bullmq';

/**
 * A job that could not be handed to Redis when it was asked for (Redis down or slow): kept in PostgreSQL
 * and handed over by the outbox drainer of any api or worker process once Redis answers again. The job's
 * id travels with it, so a job that did reach Redis after all is not queued twice.
 */
@Entity({ tableName: 'job_outbox' })
@Index({ properties: ['createdAt'] })
export class JobOutbox {
  /** The BullMQ job id. */
  @PrimaryKey({ type: 'string', length: 200 })
  id: string;

  @Property({ type: 'string', length: 64 })
  queue: string;

  @Property({ type: 'string', length: 64 })
  name: string;

  @Property({ type: 'json' })
  data: unknown;

  @Property({ type: 'json' })
  options: JobsOptions & Opt = {};

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  /** Hand-overs tried by the drainer so far. */
  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'text', nullable: true })
  lastError: Opt<string> | null = null;
}
