import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Grid, Region } from '@gridhr/org';
import { Education, Sex, Worker, WorkerCategory } from '@gridhr/workers';
import { CampaignStatus, ObjectionStatus, Stage } from './recruiting.enums';
import { EmployerKind } from '@gridhr/contracts';
import { PublicityRound } from './publicity-round.entity';
import { PriorityRule } from './recruiting.rules';

/** A recruitment announcement (招聘公告) of a county. */
@Entity()
@Index({ name: 'campaign_region_code_idx', expression: 'create index "campaign_region_code_idx" on "campaign" ("region_code" text_pattern_ops)' })
export class Campaign {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200 })
  title: string;

  @ManyToOne(() => Region)
  county: Region;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'integer' })
  minAge: number;

  @Property({ type: 'integer' })
  maxAge: number;

  /** Ages are counted on this day. */
  @Property({ type: 'date' })
  ageReferenceDate: string;

  @Enum({ items: () => Education, nativeEnumName: 'education', nullable: true })
  minEducation: Education | null = null;

  /** Household registration required under this division-code prefix (none: anyone). */
  @Property({ type: 'string', length: 12, nullable: true })
  residencePrefix: string | null = null;

  @Property({ type: 'text', nullable: true })
  otherRequirements: string | null = null;

  @Property({ type: 'date' })
  registrationFrom: string;

  @Property({ type: 'date' })
  registrationTo: string;

  @Property({ type: 'integer' })
  writtenWeightPercent: number;

  @Property({ type: 'integer' })
  publicityWorkingDays: number;

  @Enum({ items: () => CampaignStatus, nativeEnumName: 'campaign_status' })
  status: CampaignStatus & Opt = CampaignStatus.DRAFT;

  /** The cases that disqualify at eligibility, fixed from the county's policy when the campaign is made. */
  @Property({ type: 'json' })
  disqualifications: string[];

  /** How equal scores are ordered (recruiting.priorityRule), fixed when the campaign is made and announced. */
  @Property({ type: 'json' })
  priorityRule: PriorityRule;

  /**
   * The employer of the hires (a township government or the labour-service company the county contracts
   * with; never the political-legal committee, a Party organ). A position may name its own; without
   * either, the township government of the position.
   */
  @Enum({ items: () => EmployerKind, nativeEnumName: 'employer_kind', nullable: true })
  employerKind: EmployerKind | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  employerName: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

/** A post offered: a township (or one grid) and a category, with a headcount. */
@Entity()
export class Position {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign)
  campaign: Campaign;

  @Property({ type: 'string', length: 100 })
  title: string;

  /** The township, or community/village, the hire will be managed by. */
  @ManyToOne(() => Region)
  region: Region;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  /** The grid the hire fills, when the post is for one grid (a vacancy). */
  @ManyToOne(() => Grid, { nullable: true })
  grid: Grid | null = null;

  @Enum({ items: () => WorkerCategory, nativeEnumName: 'worker_category' })
  category: WorkerCategory;

  @Property({ type: 'integer' })
  headcount: number;

  /** This post's employer, where it is not the campaign's. */
  @Enum({ items: () => EmployerKind, nativeEnumName: 'employer_kind', nullable: true })
  employerKind: EmployerKind | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  employerName: string | null = null;
}

/** One person's application to one campaign. */
@Entity()
@Unique({ properties: ['campaign', 'idNumberHash'] })
@Index({ name: 'application_region_code_idx', expression: 'create index "application_region_code_idx" on "application" ("region_code" text_pattern_ops)' })
@Index({ properties: ['position', 'stage'] })
export class Application {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign)
  campaign: Campaign;

  @ManyToOne(() => Position)
  position: Position;

  /** The position's region; scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'string', length: 50 })
  name: string;

  @Property({ type: 'text' })
  idNumberCipher: string;

  @Property({ type: 'string', length: 64 })
  idNumberHash: string;

  @Property({ type: 'string', length: 18 })
  idNumberMasked: string;

  @Property({ type: 'date' })
  birthDate: string;

  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  sex: Sex;

  @Property({ type: 'string', length: 11 })
  phone: string;

  @Enum({ items: () => Education, nativeEnumName: 'education', nullable: true })
  education: Education | null = null;

  @Property({ type: 'string', length: 12, nullable: true })
  homeRegionCode: string | null = null;

  // Declared facts: priority groups (Shanxi measures) ...
  @Property({ type: 'boolean' }) cpcMember: boolean & Opt = false;
  @Property({ type: 'boolean' }) professionalTitle: boolean & Opt = false;
  @Property({ type: 'boolean' }) socialWorkCertificate: boolean & Opt = false;
  @Property({ type: 'boolean' }) veteran: boolean & Opt = false;
  @Property({ type: 'boolean' }) lowIncome: boolean & Opt = false;
  // ... and the cases that may disqualify (the campaign's list says which do).
  @Property({ type: 'boolean' }) underInvestigation: boolean & Opt = false;
  @Property({ type: 'boolean' }) criminalPunishment: boolean & Opt = false;
  @Property({ type: 'boolean' }) publicSecurityPunishment: boolean & Opt = false;
  @Property({ type: 'boolean' }) dismissedFromPublicEmployment: boolean & Opt = false;

  @Enum({ items: () => Stage, nativeEnumName: 'application_stage' })
  stage: Stage & Opt = Stage.REGISTERED;

  /** Why it was rejected or withdrawn. */
  @Property({ type: 'string', length: 500, nullable: true })
  endReason: string | null = null;

  /** Scores in hundredths of a point. */
  @Property({ type: 'integer', nullable: true }) writtenScore: number | null = null;
  @Property({ type: 'integer', nullable: true }) interviewScore: number | null = null;
  @Property({ type: 'integer', nullable: true }) compositeScore: number | null = null;

  /** The extra exam (加试) that decides a tie for the last places, hundredths of a point. */
  @Property({ type: 'integer', nullable: true }) extraExamScore: number | null = null;

  /** Rank within the position once the exam is closed; applicants tied share a rank. */
  @Property({ type: 'integer', nullable: true })
  rank: number | null = null;

  /** Tied with others for the last places of the position: waits for the extra exam (加试). */
  @Property({ type: 'boolean' })
  tied: boolean & Opt = false;

  @Property({ type: 'boolean' })
  vetted: boolean & Opt = false;

  /** The day the applicant passed political vetting: no publicity listing them may start before it. */
  @Property({ type: 'date', nullable: true })
  vettedOn: string | null = null;

  /** The publicity round (公示) that lists the applicant. */
  @ManyToOne(() => PublicityRound, { nullable: true })
  publicityRound: PublicityRound | null = null;

  /** The worker record made when the applicant starts pre-job training. */
  @ManyToOne(() => Worker, { nullable: true })
  worker: Worker | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  registeredAt: Date & Opt = new Date();
}

/** Every move of an application, for its history. */
@Entity()
@Index({ properties: ['application'] })
export class StageChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application)
  application: Application;

  @Enum({ items: () => Stage, nativeEnumName: 'application_stage', nullable: true })
  fromStage: Stage | null;

  @Enum({ items: () => Stage, nativeEnumName: 'application_stage' })
  toStage: Stage;

  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;

  @Property({ type: 'string', length: 50 })
  actor: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date & Opt = new Date();
}

/** An objection raised during the publicity period (公示). */
@Entity()
export class Objection {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application)
  application: Application;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'text' })
  content: string;

  @Property({ type: 'date' })
  filedOn: string;

  @Enum({ items: () => ObjectionStatus, nativeEnumName: 'objection_status' })
  status: ObjectionStatus & Opt = ObjectionStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  decision: string | null = null;

  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;
}
