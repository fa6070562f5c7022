import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '@gridhr/org';
import { Worker } from '@gridhr/workers';
import { InsuranceKind, PayerKind } from './contract.enums';
import { Fen, FenType } from '@gridhr/common';

/**
 * An insurance policy or social-insurance registration held by a unit (county, township) and covering
 * one or many workers: a township's group accident policy is one policy with every part-timer insured.
 */
@Entity()
@Index({
  name: 'insurance_policy_region_code_idx',
  expression: 'create index "insurance_policy_region_code_idx" on "insurance_policy" ("region_code" text_pattern_ops)',
})
@Unique({ properties: ['insurer', 'policyNumber'] })
export class InsurancePolicy {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => InsuranceKind, nativeEnumName: 'insurance_kind' })
  kind: InsuranceKind;

  @Property({ type: 'string', length: 100 })
  insurer: string;

  @Property({ type: 'string', length: 64 })
  policyNumber: string;

  /** The unit holding the policy; scope. */
  @ManyToOne(() => Region)
  holder: Region;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => PayerKind, nativeEnumName: 'payer_kind' })
  payer: PayerKind;

  @Property({ type: 'date' })
  validFrom: string;

  /** Null: continuing (social insurance while employed). */
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  /** Total premium of the policy, integer fen. */
  @Property({ type: FenType })
  premiumFen: Fen;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

/** A worker covered by a policy, from a day (joined later) to a day (left). */
@Entity()
@Unique({ properties: ['policy', 'worker'] })
@Index({ properties: ['worker'] })
export class InsuredPerson {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => InsurancePolicy)
  policy: InsurancePolicy;

  @ManyToOne(() => Worker)
  worker: Worker;

  /** The worker's region; scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  coveredFrom: string;

  @Property({ type: 'date', nullable: true })
  coveredTo: string | null = null;
}
