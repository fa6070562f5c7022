import { Collection, Entity, Enum, ManyToOne, OneToMany, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Fen, FenType } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { WorkerCategory } from '@gridhr/workers';

/**
 * A county's or township's budget for grid workers for one year (Shanxi measures [004], Zigong art. 19:
 * the funds are in the budget): planned headcount by category × planned pay and employer insurance,
 * plus accident premiums and training funds.
 */
@Entity()
@Unique({ properties: ['region', 'year'] })
export class Budget {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Region)
  region: Region;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'integer' })
  year: number;

  @OneToMany(() => BudgetLine, (line) => line.budget, { orderBy: { category: 'asc' } })
  lines = new Collection<BudgetLine>(this);

  /** Accident insurance premiums for the year, fen. */
  @Property({ type: FenType })
  accidentPremiumsFen: Fen;

  /** Training funds for the year, fen. */
  @Property({ type: FenType })
  trainingFundsFen: Fen;

  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Property({ type: 'string', length: 64 })
  updatedBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** One category's plan: how many, at what monthly pay and employer insurance each, for how many months. */
@Entity()
@Unique({ properties: ['budget', 'category'] })
export class BudgetLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Budget)
  budget: Budget;

  @Enum({ items: () => WorkerCategory, nativeEnumName: 'worker_category' })
  category: WorkerCategory;

  @Property({ type: 'integer' })
  headcount: number;

  @Property({ type: FenType })
  monthlyPayFen: Fen;

  @Property({ type: FenType })
  monthlyEmployerInsuranceFen: Fen;

  @Property({ type: 'integer' })
  months: number;
}
