import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Fen, FenType } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { Worker, WorkerCategory } from '@gridhr/workers';
import { MinimumWage } from './minimum-wage.entity';
import { PayPeriodKind, PayrollRunKind, PayrollRunStatus } from './pay.enums';
import { FloorCheck } from './pay.rules';

/**
 * A township's payroll for one pay period: DRAFT (generated from contracts and the period's items) →
 * SUBMITTED (township) → APPROVED (finance; refused with a floor breach) → PAID. An approved run is
 * locked; a correction is an ADJUSTMENT run of the difference.
 */
@Entity()
@Unique({ properties: ['township', 'periodFrom', 'periodKind', 'sequence'] })
@Index({
  name: 'payroll_run_region_code_idx',
  expression: 'create index "payroll_run_region_code_idx" on "payroll_run" ("region_code" text_pattern_ops, "month")',
})
export class PayrollRun {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Region)
  township: Region;

  /** The township's code; scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  /** YYYY-MM. */
  @Property({ type: 'string', length: 7 })
  month: string;

  @Enum({ items: () => PayPeriodKind, nativeEnumName: 'pay_period_kind' })
  periodKind: PayPeriodKind;

  @Property({ type: 'date' })
  periodFrom: string;

  @Property({ type: 'date' })
  periodTo: string;

  @Enum({ items: () => PayrollRunKind, nativeEnumName: 'payroll_run_kind' })
  kind: PayrollRunKind;

  /** 1 for the regular run, 2, 3 … for adjustments of the same period. */
  @Property({ type: 'integer' })
  sequence: number;

  @Enum({ items: () => PayrollRunStatus, nativeEnumName: 'payroll_run_status' })
  status: PayrollRunStatus & Opt = PayrollRunStatus.DRAFT;

  /** Why an adjustment was made, or why a submitted run was returned. */
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Property({ type: 'integer' })
  lineCount: number & Opt = 0;

  @Property({ type: FenType })
  grossFen: Fen & Opt = 0 as Fen;

  @Property({ type: FenType })
  netFen: Fen & Opt = 0 as Fen;

  @Property({ type: FenType })
  employerInsuranceFen: Fen & Opt = 0 as Fen;

  /** Lines short of a floor, or whose floor cannot be checked. */
  @Property({ type: 'integer' })
  breachCount: number & Opt = 0;

  @Property({ type: 'string', length: 64 })
  generatedBy: string;

  @Property({ type: 'string', length: 64, nullable: true })
  submittedBy: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  approvedBy: string | null = null;

  @Property({ type: 'date', nullable: true })
  approvedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  paidOn: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** One worker's pay in a run: the items by kind, and the floors it was checked against with the minimum-wage row used. */
@Entity()
@Index({ properties: ['run'] })
@Index({ properties: ['worker'] })
// The workers with a line below a floor, for the scan's pay.below-floor (most workers have none).
@Index({ name: 'pay_line_breach_worker_idx', expression: 'create index "pay_line_breach_worker_idx" on "pay_line" ("worker_id") where "breach"' })
export class PayLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PayrollRun)
  run: PayrollRun;

  @ManyToOne(() => Worker)
  worker: Worker;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  /** The name and category as paid (the register may change later). */
  @Property({ type: 'string', length: 50 })
  workerName: string;

  @Enum({ items: () => WorkerCategory, nativeEnumName: 'worker_category' })
  category: WorkerCategory;

  @Property({ type: 'string', length: 100, nullable: true })
  employerName: string | null = null;

  @Property({ type: 'integer' })
  employedDays: number;

  @Property({ type: FenType }) baseFen: Fen;
  @Property({ type: FenType }) performanceFen: Fen;
  @Property({ type: FenType }) rewardFen: Fen;
  @Property({ type: FenType }) perCaseFen: Fen;
  @Property({ type: FenType }) allowanceFen: Fen;
  @Property({ type: FenType }) specialAllowanceFen: Fen;
  @Property({ type: FenType }) overtimeFen: Fen;
  @Property({ type: FenType }) deductionFen: Fen;
  @Property({ type: FenType }) grossFen: Fen;
  @Property({ type: FenType }) ownInsuranceFen: Fen;
  @Property({ type: FenType }) netFen: Fen;
  @Property({ type: FenType }) employerInsuranceFen: Fen;
  /** Severance and pay in lieu of notice of an exit in this period (in gross and net, not in the floors). */
  @Property({ type: FenType }) exitPayFen: Fen;

  @Property({ type: 'integer' })
  minutes: number;

  /** The assessment level performance pay was taken from (policy pay.performanceByLevelFen), when it was. */
  @Property({ type: 'string', length: 80, nullable: true })
  performanceBasis: string | null = null;

  /** Every floor the line was checked against, as it stood when generated. */
  @Property({ type: 'json' })
  floorChecks: FloorCheck[];

  /** The minimum-wage row the floors used (kept, so a later change of the table rewrites no history). */
  @ManyToOne(() => MinimumWage, { nullable: true })
  minimumWage: MinimumWage | null = null;

  @Property({ type: 'boolean' })
  breach: boolean;

  @Property({ type: FenType })
  shortfallFen: Fen;
}
