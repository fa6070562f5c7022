import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Grid } from '@gridhr/org';
import { Worker } from '@gridhr/workers';
import { ConsequenceKind, ConsequenceStatus } from './assessment.enums';
import { AssessmentCycle } from './assessment-cycle.entity';
import { AssessmentResult } from './assessment-result.entity';

/**
 * What a finalised rating leads to, with its legal basis: PENDING until done (flagged by the
 * assessment.consequence-pending rule), DONE with what was done, or WITHDRAWN with why.
 */
@Entity()
@Index({ properties: ['worker', 'kind'] })
@Index({ properties: ['cycle', 'status'] })
@Index({
  name: 'assessment_consequence_region_code_idx',
  expression: 'create index "assessment_consequence_region_code_idx" on "assessment_consequence" ("region_code" text_pattern_ops)',
})
export class AssessmentConsequence {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AssessmentCycle)
  cycle: AssessmentCycle;

  @ManyToOne(() => AssessmentResult)
  result: AssessmentResult;

  @ManyToOne(() => Worker)
  worker: Worker;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => ConsequenceKind, nativeEnumName: 'consequence_kind' })
  kind: ConsequenceKind;

  @Enum({ items: () => ConsequenceStatus, nativeEnumName: 'consequence_status' })
  status: ConsequenceStatus & Opt = ConsequenceStatus.PENDING;

  @Property({ type: 'string', length: 300 })
  legalBasis: string;

  /** FILL_VACANCY: the grid left without its worker, vacant from `since`. */
  @ManyToOne(() => Grid, { nullable: true })
  grid: Grid | null = null;

  @Property({ type: 'date', nullable: true })
  since: string | null = null;

  /** What was done: the training or new post, the notice served, the honour. */
  @Property({ type: 'json' })
  details: Record<string, unknown> & Opt = {};

  @Property({ type: 'date', nullable: true })
  doneOn: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  doneBy: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
