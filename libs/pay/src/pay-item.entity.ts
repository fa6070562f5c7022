import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Fen, FenType } from '@gridhr/common';
import { Worker } from '@gridhr/workers';
import { PayItemKind } from './pay.enums';

/**
 * A monthly pay input of one worker for one pay period (the month, or a half month for a 非全日制 worker),
 * entered by the township: performance, rewards, cases, allowances, deductions, contributions, hours.
 */
@Entity()
@Index({ properties: ['worker', 'periodFrom'] })
@Index({
  name: 'pay_item_region_code_idx',
  expression: 'create index "pay_item_region_code_idx" on "pay_item" ("region_code" text_pattern_ops, "period_from")',
})
export class PayItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Worker)
  worker: Worker;

  /** The worker's managing region when entered; scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  /** The first day of the pay period (the 1st, or the 16th for a 非全日制 worker's second half). */
  @Property({ type: 'date' })
  periodFrom: string;

  @Enum({ items: () => PayItemKind, nativeEnumName: 'pay_item_kind' })
  kind: PayItemKind;

  /** Fen; for PER_CASE, cases × rate. Zero for HOURS. */
  @Property({ type: FenType })
  amountFen: Fen;

  @Property({ type: 'integer', nullable: true })
  cases: number | null = null;

  @Property({ type: FenType, nullable: true })
  rateFen: Fen | null = null;

  /** HOURS: minutes worked in the period. */
  @Property({ type: 'integer', nullable: true })
  minutes: number | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  note: string | null = null;

  @Property({ type: 'string', length: 64 })
  enteredBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
