import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '@gridhr/org';
import { CycleKind, CycleStatus } from './assessment.enums';
import { LevelThresholds } from './assessment.policies';
import { Indicator } from './indicator-template';

/** A county's (or, by policy, a township's) own indicator template; GridHR ships a default one. */
@Entity()
@Unique({ properties: ['regionCode', 'name'] })
export class AssessmentTemplate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 50 })
  name: string;

  @ManyToOne(() => Region)
  region: Region;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'json' })
  indicators: Indicator[];

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

/**
 * One assessment of a county's (or township's) grid workers over a year, half-year or quarter. OPEN while
 * scores are entered and reviewed; FINALISED locks it (levels, stars and consequences recorded); a
 * correction is an audited re-opening.
 */
@Entity()
@Unique({ properties: ['regionCode', 'kind', 'year', 'part'] })
@Index({
  name: 'assessment_cycle_region_code_idx',
  expression: 'create index "assessment_cycle_region_code_idx" on "assessment_cycle" ("region_code" text_pattern_ops)',
})
export class AssessmentCycle {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The county (or township) whose workers are rated; its subtree is the cycle's scope. */
  @ManyToOne(() => Region)
  region: Region;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => CycleKind, nativeEnumName: 'cycle_kind' })
  kind: CycleKind;

  @Property({ type: 'integer' })
  year: number;

  /** 1 for a year; 1-2 for a half-year; 1-4 for a quarter. */
  @Property({ type: 'integer' })
  part: number;

  /** "2025", "2026H1", "2026Q3". */
  @Property({ type: 'string', length: 8 })
  label: string;

  @Property({ type: 'date' })
  periodStart: string;

  @Property({ type: 'date' })
  periodEnd: string;

  @Property({ type: 'string', length: 50 })
  templateName: string;

  /** Copied from the template when the cycle opened. */
  @Property({ type: 'json' })
  indicators: Indicator[];

  @Enum({ items: () => CycleStatus, nativeEnumName: 'cycle_status' })
  status: CycleStatus & Opt = CycleStatus.OPEN;

  /** The day the figures were last measured up to (the period's end once it has passed). */
  @Property({ type: 'date', nullable: true })
  measuredTo: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  computedAt: Date | null = null;

  @Property({ type: 'date', nullable: true })
  finalisedOn: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  finalisedBy: string | null = null;

  /** The thresholds and quota in force when it was finalised, kept with the results they produced. */
  @Property({ type: 'json', nullable: true })
  thresholds: LevelThresholds | null = null;

  @Property({ type: 'integer', nullable: true })
  excellentQuotaPercent: number | null = null;

  @Property({ type: 'integer' })
  reopenings: number & Opt = 0;

  @Property({ type: 'string', length: 64 })
  openedBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
