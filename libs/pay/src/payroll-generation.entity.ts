import { Entity, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '@gridhr/org';

/** A county's payroll generation for a month, run as a job township by township; its progress for the user. */
@Entity()
export class PayrollGeneration {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Region)
  county: Region;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'string', length: 7 })
  month: string;

  /** QUEUED, RUNNING, DONE, FAILED. */
  @Property({ type: 'string', length: 10 })
  status: string & Opt = 'QUEUED';

  @Property({ type: 'integer' })
  townshipsTotal: number & Opt = 0;

  @Property({ type: 'integer' })
  townshipsDone: number & Opt = 0;

  @Property({ type: 'integer' })
  runsGenerated: number & Opt = 0;

  /** Townships left as they were, with why (nobody to pay, a run already submitted). */
  @Property({ type: 'json' })
  skipped: string[] & Opt = [];

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'string', length: 64 })
  requestedBy: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
