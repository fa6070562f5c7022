import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { AssessmentConsequence } from '@gridhr/assessment';
import { Fen, FenType } from '@gridhr/common';
import { Grid } from '@gridhr/org';
import { Misconduct, Worker } from '@gridhr/workers';
import { ExitNotice, ExitReason, ExitStatus, ExitStepKind, NoFaultGround } from './exit.enums';

/**
 * A worker's exit: the reason and its legal facts, the money owed, and the checklist the township works
 * through. OPEN until every step is done; then the worker is EXITED from the last day. One per worker:
 * an exited record stays exited.
 */
@Entity()
@Unique({ properties: ['worker'] })
@Index({ name: 'exit_case_region_code_idx', expression: 'create index "exit_case_region_code_idx" on "exit_case" ("region_code" text_pattern_ops)' })
export class ExitCase {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Worker)
  worker: Worker;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => ExitReason, nativeEnumName: 'exit_reason' })
  reason: ExitReason;

  @Enum({ items: () => NoFaultGround, nativeEnumName: 'no_fault_ground', nullable: true })
  noFaultGround: NoFaultGround | null = null;

  @Enum({ items: () => ExitNotice, nativeEnumName: 'exit_notice', nullable: true })
  notice: ExitNotice | null = null;

  @Property({ type: 'date' })
  noticeOn: string;

  @Property({ type: 'date' })
  lastDay: string;

  @Property({ type: 'boolean' })
  employerFault: boolean & Opt = false;

  @Property({ type: 'boolean' })
  refusedRenewal: boolean & Opt = false;

  @Property({ type: 'boolean' })
  criminalLiability: boolean & Opt = false;

  @Property({ type: 'date', nullable: true })
  unionNotifiedOn: string | null = null;

  @ManyToOne(() => Misconduct, { nullable: true })
  misconduct: Misconduct | null = null;

  /** REPLACED: the county's replacement decision on an INCOMPETENT rating that this exit carries out. */
  @ManyToOne(() => AssessmentConsequence, { nullable: true })
  replacement: AssessmentConsequence | null = null;

  /** The contract kind in force on the notice day (null: none). */
  @Property({ type: 'string', length: 32, nullable: true })
  contractKind: string | null = null;

  @Property({ type: 'boolean' })
  severanceOwed: boolean & Opt = false;

  @Property({ type: FenType })
  averageMonthlyFen: Fen & Opt = 0 as Fen;

  @Property({ type: 'integer' })
  severanceHalfMonths: number & Opt = 0;

  @Property({ type: FenType })
  severanceFen: Fen & Opt = 0 as Fen;

  /** Art. 40: a month's pay instead of the notice. */
  @Property({ type: FenType })
  payInLieuFen: Fen & Opt = 0 as Fen;

  @Property({ type: FenType })
  finalMonthFen: Fen & Opt = 0 as Fen;

  /** Art. 50: certificate and transfers due by. */
  @Property({ type: 'date' })
  transferDueOn: string;

  /** A dismissal for misconduct with policy exit.rehireBlock on: no new application or record. */
  @Property({ type: 'boolean' })
  rehireBlocked: boolean & Opt = false;

  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Enum({ items: () => ExitStatus, nativeEnumName: 'exit_status' })
  status: ExitStatus & Opt = ExitStatus.OPEN;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  @Property({ type: 'string', length: 64 })
  openedBy: string;

  @OneToMany(() => ExitStep, (s) => s.exitCase, { orderBy: { position: 'asc' } })
  steps = new Collection<ExitStep>(this);

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

/** One step of an exit's checklist, dated and audited when done. */
@Entity()
@Index({ properties: ['exitCase'] })
export class ExitStep {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ExitCase)
  exitCase: ExitCase;

  @Property({ type: 'integer' })
  position: number;

  @Enum({ items: () => ExitStepKind, nativeEnumName: 'exit_step_kind' })
  kind: ExitStepKind;

  /** HAND_OVER_GRID: the grid handed over. */
  @ManyToOne(() => Grid, { nullable: true })
  grid: Grid | null = null;

  /** HAND_OVER_GRID: the worker taking over (null with vacancy). */
  @ManyToOne(() => Worker, { nullable: true })
  handedTo: Worker | null = null;

  /** HAND_OVER_GRID: left vacant (the register's vacancies date it from the day after the last day). */
  @Property({ type: 'boolean' })
  vacancy: boolean & Opt = false;

  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  doneOn: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  doneBy: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  note: string | null = null;
}
