import { BigIntType, Entity, Enum, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum ReportFileStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/**
 * A report written to storage by a job (issue 13 item 4: large exports): who asked, in which scope, its
 * progress, and the one download its link allows until it expires. The link's token is kept as a hash.
 */
@Entity()
@Index({ properties: ['expiresAt'] })
export class ReportFile {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  report: string;

  @Property({ type: 'json' })
  params: Record<string, unknown>;

  @Property({ type: 'string', length: 8 })
  format: string;

  /** The caller the report runs as, in the worker: id, name, role and scope prefix. */
  @Property({ type: 'uuid' })
  userId: string;

  @Property({ type: 'string', length: 64 })
  username: string;

  @Property({ type: 'string', length: 32 })
  role: string;

  @Property({ type: 'string', length: 12 })
  scopePrefix: string;

  /** The caller's scope region code (who may follow the job). */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => ReportFileStatus, nativeEnumName: 'report_file_status' })
  status: ReportFileStatus & Opt = ReportFileStatus.QUEUED;

  /** Percent done. */
  @Property({ type: 'integer' })
  progress: number & Opt = 0;

  @Property({ type: 'integer', nullable: true })
  rows: number | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  fileName: string | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  sizeBytes: number | null = null;

  /** SHA-256 of the download token, hex. */
  @Property({ type: 'string', length: 64, hidden: true })
  tokenHash: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  downloadedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
