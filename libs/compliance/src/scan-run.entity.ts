import { Entity, Enum, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ScanStatus, ScanTrigger } from './compliance.enums';

/** One compliance scan: what it covered and what it changed, for the dashboard and for operators. */
@Entity()
export class ScanRun {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The BullMQ job carrying the scan; a retried or resumed job reports on the same row. */
  @Property({ type: 'string', length: 200, unique: true })
  jobId: string;

  @Enum({ items: () => ScanTrigger, nativeEnumName: 'scan_trigger' })
  trigger: ScanTrigger;

  @Enum({ items: () => ScanStatus, nativeEnumName: 'scan_status' })
  status: ScanStatus;

  /** Division-code prefix scanned; '' for everything. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'json', nullable: true })
  rules: string[] | null = null;

  @Property({ type: 'date', nullable: true })
  asOf: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  requestedBy: string | null = null;

  @Property({ type: 'integer' })
  chunksDone: number & Opt = 0;

  @Property({ type: 'integer' })
  opened: number & Opt = 0;

  @Property({ type: 'integer' })
  updated: number & Opt = 0;

  @Property({ type: 'integer' })
  resolved: number & Opt = 0;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  queuedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
