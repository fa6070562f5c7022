import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Worker, WorkerCategory } from '@gridhr/workers';
import { AssessmentLevel } from './assessment.enums';
import { AssessmentCycle } from './assessment-cycle.entity';
import { WorkerMeasures } from './scoring.rules';

/**
 * A worker's result in a cycle: the measured figures, each indicator's score, the entered scores, the
 * county's adjustment and reason, and the final score, level and stars. Scores in hundredths of a point.
 */
@Entity()
@Unique({ properties: ['cycle', 'worker'] })
@Index({ properties: ['worker'] })
@Index({
  name: 'assessment_result_region_code_idx',
  expression: 'create index "assessment_result_region_code_idx" on "assessment_result" ("region_code" text_pattern_ops)',
})
export class AssessmentResult {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AssessmentCycle)
  cycle: AssessmentCycle;

  @ManyToOne(() => Worker)
  worker: Worker;

  /** The worker's managing region; scope (a township sees and scores its own workers). */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => WorkerCategory, nativeEnumName: 'worker_category' })
  category: WorkerCategory;

  /** False once the worker is no longer rated in the cycle (left before the period's end, another category). */
  @Property({ type: 'boolean' })
  rated: boolean & Opt = true;

  @Property({ type: 'json', nullable: true })
  measures: WorkerMeasures | null = null;

  /** Each indicator's score by key (null: not measured, or not entered). */
  @Property({ type: 'json' })
  indicatorScores: Record<string, number | null> & Opt = {};

  /** Entered indicators' scores by key. */
  @Property({ type: 'json' })
  entered: Record<string, number> & Opt = {};

  @Property({ type: 'integer', nullable: true })
  computedX100: number | null = null;

  /** The county's adjustment of the score, with its reason (audited). */
  @Property({ type: 'integer', nullable: true })
  adjustedX100: number | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  adjustmentReason: string | null = null;

  /** The adjusted score, or the computed one. */
  @Property({ type: 'integer', nullable: true })
  finalX100: number | null = null;

  @Enum({ items: () => AssessmentLevel, nativeEnumName: 'assessment_level', nullable: true })
  level: AssessmentLevel | null = null;

  /** The star level after this cycle; set when it is finalised. */
  @Property({ type: 'integer', nullable: true })
  stars: number | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
