import { Entity, Enum, Index, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Fen, FenType } from '@gridhr/common';
import { MinimumWageStatus } from './pay.enums';

/**
 * One province tier's minimum wage (最低工资标准) from a date, as a notice sets it: the monthly standard for
 * full-time staff and the hourly one for 非全日制 staff. Rows come with their source and how well they are
 * verified; an UNCONFIRMED row (no confirmed notice, or no date) is shown and never applied.
 */
@Entity()
@Index({ properties: ['provinceCode', 'tier', 'effectiveFrom'] })
export class MinimumWage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The first two digits of the division code (14: Shanxi). */
  @Property({ type: 'string', length: 2 })
  provinceCode: string;

  @Property({ type: 'string', length: 20 })
  provinceName: string;

  /** The tier as the notice names it (一类, 二档, 单档 …); counties are mapped to tiers in CountyWageTier. */
  @Property({ type: 'string', length: 20 })
  tier: string;

  /** The areas of the tier as the source names them (a hint; the county mapping decides). */
  @Property({ type: 'text', nullable: true })
  areas: string | null = null;

  @Property({ type: FenType })
  monthlyFen: Fen;

  /** The 非全日制 hourly standard, fen per hour. */
  @Property({ type: FenType })
  hourlyFen: Fen;

  /** Null: unknown, so never in force. */
  @Property({ type: 'date', nullable: true })
  effectiveFrom: string | null = null;

  @Property({ type: 'string', length: 300 })
  source: string;

  @Property({ type: 'string', length: 300 })
  verification: string;

  @Enum({ items: () => MinimumWageStatus, nativeEnumName: 'minimum_wage_status' })
  status: MinimumWageStatus;

  /** Whether the province's standard includes the worker's own social-insurance and housing-fund contributions (most do; Beijing and Shanghai do not). */
  @Property({ type: 'boolean' })
  includesOwnContributions: boolean;

  @Property({ type: 'string', length: 64, nullable: true })
  confirmedBy: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** Which tier of its province's minimum wage a county is in, from a date (tiers are set per county by each notice's annex). */
@Entity()
@Unique({ properties: ['countyCode', 'effectiveFrom'] })
export class CountyWageTier {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Six digits (GB/T 2260). */
  @Property({ type: 'string', length: 6 })
  countyCode: string;

  @Property({ type: 'string', length: 20 })
  tier: string;

  @Property({ type: 'date' })
  effectiveFrom: string;

  @Property({ type: 'string', length: 300 })
  source: string;

  @Property({ type: 'string', length: 64 })
  setBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
