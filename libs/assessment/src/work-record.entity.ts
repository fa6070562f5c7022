import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Worker } from '@gridhr/workers';
import { WorkPeriodKind } from './assessment.enums';

/**
 * A worker's figures from the grid platform for one week (the full-area visit round) or one month
 * (events reported and closed on time, resident satisfaction). GridHR does not run the event workflow:
 * it keeps the figures with where they came from. One record per worker and period; a re-import updates it.
 */
@Entity()
@Unique({ properties: ['worker', 'periodKind', 'periodStart'] })
@Index({ name: 'work_record_region_code_idx', expression: 'create index "work_record_region_code_idx" on "work_record" ("region_code" text_pattern_ops)' })
export class WorkRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Worker)
  worker: Worker;

  /** The worker's managing region when recorded; scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => WorkPeriodKind, nativeEnumName: 'work_period_kind' })
  periodKind: WorkPeriodKind;

  /** The Monday of the (ISO) week, or the first day of the month. */
  @Property({ type: 'date' })
  periodStart: string;

  /** WEEK: whether the worker covered the whole grid that week. */
  @Property({ type: 'boolean', nullable: true })
  fullAreaVisit: boolean | null = null;

  /** MONTH: events the worker reported. */
  @Property({ type: 'integer', nullable: true })
  eventsReported: number | null = null;

  /** MONTH: of the events due to close this month, those closed on time. */
  @Property({ type: 'integer', nullable: true })
  eventsClosedOnTime: number | null = null;

  /** MONTH: the resident-satisfaction score, hundredths of a point (0-10000). */
  @Property({ type: 'integer', nullable: true })
  satisfactionX100: number | null = null;

  /** Where the figures come from: the platform's export, a township's tally. */
  @Property({ type: 'string', length: 100 })
  source: string;

  /** The import that wrote the record last (null: entered through GraphQL). */
  @Property({ type: 'uuid', nullable: true })
  importId: string | null = null;

  @Property({ type: 'string', length: 64 })
  recordedBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
