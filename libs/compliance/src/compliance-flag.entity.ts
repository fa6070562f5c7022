import { Entity, Enum, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Severity, SubjectType } from './compliance.enums';

/**
 * One finding of one rule about one subject for one period. At most one open flag per
 * rule + subject + period (a partial unique index); a resolved flag stays as history, and the same
 * finding later opens a new one.
 */
@Entity()
@Index({
  name: 'compliance_flag_open_unique',
  expression: 'create unique index "compliance_flag_open_unique" on "compliance_flag" ("rule", "subject_id", "period") where "resolved_at" is null',
})
@Index({
  name: 'compliance_flag_region_code_idx',
  expression: 'create index "compliance_flag_region_code_idx" on "compliance_flag" ("region_code" text_pattern_ops) where "resolved_at" is null',
})
@Index({ properties: ['subjectId'] })
export class ComplianceFlag {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Rule id, e.g. `contract.ending-soon`. */
  @Property({ type: 'string', length: 64 })
  rule: string;

  @Enum({ items: () => SubjectType, nativeEnumName: 'flag_subject_type' })
  subjectType: SubjectType;

  @Property({ type: 'uuid' })
  subjectId: string;

  /** The worker the finding concerns (the subject itself, or the holder of a contract), if any. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  workerId: string | null = null;

  /** What the finding is about in time: a contract's end date, a year, '' for a standing condition. */
  @Property({ type: 'string', length: 32 })
  period: string;

  @Enum({ items: () => Severity, nativeEnumName: 'flag_severity' })
  severity: Severity;

  @Property({ type: 'text' })
  message: string;

  /** The regulation the rule enforces. */
  @Property({ type: 'string', length: 300 })
  citation: string;

  @Property({ type: 'json' })
  details: Record<string, unknown> & Opt = {};

  /** The subject's place in the region tree, for scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  foundAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;
}
