import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '@gridhr/org';
import { Worker } from '@gridhr/workers';
import { AttendanceStatus, TrainingKind, TrainingLevel } from './training.enums';

/** A training session held by a province, city, county, township or a functional department. */
@Entity()
@Index({
  name: 'training_session_region_code_idx',
  expression: 'create index "training_session_region_code_idx" on "training_session" ("region_code" text_pattern_ops)',
})
@Index({ properties: ['organiser', 'heldOn'] })
export class TrainingSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => TrainingLevel, nativeEnumName: 'training_level' })
  level: TrainingLevel;

  @Enum({ items: () => TrainingKind, nativeEnumName: 'training_kind' })
  kind: TrainingKind;

  /** The region that organised it; scope. */
  @ManyToOne(() => Region)
  organiser: Region;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  heldOn: string;

  /** Length in minutes (hours × 60), a whole number. */
  @Property({ type: 'integer' })
  minutes: number;

  @Property({ type: 'string', length: 200 })
  topic: string;

  @Property({ type: 'string', length: 100, nullable: true })
  trainer: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  /** For DEPARTMENT sessions: the department that trains its professional workers. */
  @Property({ type: 'string', length: 100, nullable: true })
  department: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

/** Whether a worker attended a session. */
@Entity()
@Unique({ properties: ['session', 'worker'] })
@Index({ properties: ['worker'] })
// Scope filters on attendance (a township's report) read only that township's rows.
@Index({ name: 'attendance_region_code_idx', expression: 'create index "attendance_region_code_idx" on "attendance" ("region_code" text_pattern_ops)' })
export class Attendance {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TrainingSession)
  session: TrainingSession;

  @ManyToOne(() => Worker)
  worker: Worker;

  /** The worker's region; scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => AttendanceStatus, nativeEnumName: 'attendance_status' })
  status: AttendanceStatus;

  @Property({ type: 'string', length: 200, nullable: true })
  note: string | null = null;
}
