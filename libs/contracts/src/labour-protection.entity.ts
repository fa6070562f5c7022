import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Worker } from '@gridhr/workers';

/**
 * Labor Contract Law art. 42: the situations in which an employer may not end a contract under art. 40
 * (no-fault dismissal, e.g. an employee still incompetent after training) or art. 41 (redundancy).
 */
export enum ProtectionKind {
  /** 42(1): exposed to occupational hazards without the pre-departure health check, or a suspected occupational disease under diagnosis or observation. */
  OCCUPATIONAL_HEALTH_CHECK = 'OCCUPATIONAL_HEALTH_CHECK',
  /** 42(2): occupational disease or work injury with a confirmed (partial) loss of working capacity. */
  OCCUPATIONAL_INJURY = 'OCCUPATIONAL_INJURY',
  /** 42(3): illness or non-work injury, within the prescribed medical treatment period. */
  MEDICAL_TREATMENT_PERIOD = 'MEDICAL_TREATMENT_PERIOD',
  /** 42(4): a woman employee during pregnancy, */
  PREGNANCY = 'PREGNANCY',
  /** maternity leave, */
  MATERNITY = 'MATERNITY',
  /** or nursing (until the child is one year old). */
  NURSING = 'NURSING',
  /** 42(5): fifteen years' continuous service with the employer and less than five years to the statutory retirement age. */
  LONG_SERVICE_NEAR_RETIREMENT = 'LONG_SERVICE_NEAR_RETIREMENT',
  /** 42(6): other situations laws or administrative regulations provide. */
  OTHER_STATUTORY = 'OTHER_STATUTORY',
}

/**
 * A recorded art. 42 situation of a worker, from one day to another (both inclusive; open while the
 * end is not known). A fact with its evidence, never deleted; the exit and assessment rules read it.
 */
@Entity()
@Index({ properties: ['worker', 'fromDate'] })
@Index({
  name: 'labour_protection_region_code_idx',
  expression: 'create index "labour_protection_region_code_idx" on "labour_protection" ("region_code" text_pattern_ops)',
})
export class LabourProtection {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Worker)
  worker: Worker;

  /** The worker's managing region when recorded; scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => ProtectionKind, nativeEnumName: 'protection_kind' })
  kind: ProtectionKind;

  @Property({ type: 'date' })
  fromDate: string;

  /** Last day; null while the end is not known (a confirmed disability, a pregnancy before the birth). */
  @Property({ type: 'date', nullable: true })
  toDate: string | null = null;

  /** What it rests on: a hospital certificate, the work-injury decision, the birth certificate. */
  @Property({ type: 'string', length: 300 })
  evidence: string;

  @Property({ type: 'string', length: 64 })
  recordedBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
