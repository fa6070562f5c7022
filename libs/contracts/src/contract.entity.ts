import { Entity, Enum, Index, ManyToOne, OneToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Worker } from '@gridhr/workers';
import { ContractKind, ContractStatus, EmployerKind } from './contract.enums';
import { Fen, FenType } from '@gridhr/common';

/**
 * A worker's contract. DRAFT while being prepared; ACTIVE once signed (in force, or starting on its
 * start date); ENDED at the end of its term; TERMINATED when ended early. A renewal links the contract
 * it follows. A worker's ACTIVE contracts never overlap in time.
 */
@Entity()
@Index({ name: 'contract_region_code_idx', expression: 'create index "contract_region_code_idx" on "contract" ("region_code" text_pattern_ops)' })
@Index({ properties: ['worker', 'status'] })
@Index({ properties: ['status', 'endDate'] })
export class Contract {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Worker)
  worker: Worker;

  /** The worker's managing region at signing; scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => ContractKind, nativeEnumName: 'contract_kind' })
  kind: ContractKind;

  @Enum({ items: () => EmployerKind, nativeEnumName: 'employer_kind' })
  employerKind: EmployerKind;

  @Property({ type: 'string', length: 100 })
  employerName: string;

  @Property({ type: 'date', nullable: true })
  signedOn: string | null = null;

  @Property({ type: 'date' })
  startDate: string;

  /** Null: open-ended (无固定期限). */
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Property({ type: 'date', nullable: true })
  probationEndDate: string | null = null;

  /** The last day the law allows a probation to run to (art. 19/70), from the terms; null when none is allowed. */
  @Property({ type: 'date', nullable: true })
  probationLimitDate: string | null = null;

  /** Whether the law limits the probation at all (not for service purchase). */
  @Property({ type: 'boolean' })
  probationRegulated: boolean & Opt = true;

  @Property({ type: FenType })
  monthlyBasePayFen: Fen;

  /** The monthly wage during probation; null: the contract wage (Labor Contract Law art. 20: at least 80% of it). */
  @Property({ type: FenType, nullable: true })
  probationMonthlyPayFen: Fen | null = null;

  @Enum({ items: () => ContractStatus, nativeEnumName: 'contract_status' })
  status: ContractStatus & Opt = ContractStatus.DRAFT;

  /** The contract this one renews. */
  @OneToOne(() => Contract, { nullable: true, owner: true, unique: 'contract_previous_id_unique' })
  previous: Contract | null = null;

  /**
   * The contract of the previous employer whose years of service this one continues: a new labour-service
   * company taking the workers over after a re-tender (Implementing Regulations art. 10).
   */
  @ManyToOne(() => Contract, { nullable: true })
  continuesServiceOf: Contract | null = null;

  /** At renewal, art. 14 asked for an open-ended contract (the reason), kept as a warning on a fixed term. */
  @Property({ type: 'string', length: 300, nullable: true })
  openEndedReason: string | null = null;

  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  terminationReason: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  notes: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
