import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Grid } from '@gridhr/org';
import { WorkerCategory } from './worker.enums';
import { Worker } from './worker.entity';

/** A worker's duty in a grid from one day to another (both inclusive); history is kept, never deleted. */
@Entity()
@Index({ properties: ['worker', 'toDate'] })
@Index({ properties: ['grid', 'toDate'] })
export class GridAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Worker)
  worker: Worker;

  @ManyToOne(() => Grid)
  grid: Grid;

  @Enum({ items: () => WorkerCategory, nativeEnumName: 'worker_category' })
  role: WorkerCategory;

  @Property({ type: 'date' })
  fromDate: string;

  /** Last day on duty; null while current. */
  @Property({ type: 'date', nullable: true })
  toDate: string | null = null;

  /** The grid's region code, for scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

/** Filter for assignments in force on `day` (the last day, `toDate`, included). */
export function onDutyOn(day: string) {
  return { fromDate: { $lte: day }, $or: [{ toDate: null }, { toDate: { $gte: day } }] };
}
