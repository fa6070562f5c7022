import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '@gridhr/org';
import { Education, HireSource, PoliticalStatus, Sex, SocialWorkCertificate, WorkerCategory, WorkerStatus } from './worker.enums';

/** A grid worker (网格员). One ID number is one person; records are never deleted. */
@Entity()
@Index({ name: 'worker_region_code_idx', expression: 'create index "worker_region_code_idx" on "worker" ("region_code" text_pattern_ops)' })
@Index({ properties: ['phone'] })
// The register's sort orders, with id as the tie-breaker the keyset cursor uses: a page of a province
// reads 51 index entries instead of sorting 150,000 rows.
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
// The register's file (worker-register.report.ts) reads keyset pages in this order.
@Index({ name: 'worker_register_order_idx', properties: ['regionCode', 'name', 'id'] })
export class Worker {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 50 })
  name: string;

  /** The ID number encrypted (PiiCipher); a database dump does not expose it. */
  @Property({ type: 'text' })
  idNumberCipher: string;

  /** Keyed hash of the ID number, for exact lookup and the one-person-one-record rule. */
  @Property({ type: 'string', length: 64, unique: true })
  idNumberHash: string;

  @Property({ type: 'string', length: 18 })
  idNumberMasked: string;

  /** Derived from the ID number, never typed. */
  @Property({ type: 'date' })
  birthDate: string;

  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  sex: Sex;

  /** 11-digit personal mobile, masked for finance; on the public roster only with the worker's consent. */
  @Property({ type: 'string', length: 11 })
  phone: string;

  /** The phone the worker publishes for the grid (a work mobile or a landline): the public roster shows it. */
  @Property({ type: 'string', length: 20, nullable: true })
  workPhone: string | null = null;

  /**
   * The worker's separate consent to publish the personal phone on the public roster (PIPL art. 25), and
   * the day it was recorded; without it and without a work phone the roster shows no phone.
   */
  @Property({ type: 'boolean' })
  phonePublishConsent: boolean & Opt = false;

  @Property({ type: 'date', nullable: true })
  phonePublishConsentOn: string | null = null;

  /** The last day the name, phone or status changed: the public roster must be republished after it. */
  @Property({ type: 'date', nullable: true })
  rosterChangedOn: string | null = null;

  @Enum({ items: () => Education, nativeEnumName: 'education', nullable: true })
  education: Education | null = null;

  @Enum({ items: () => PoliticalStatus, nativeEnumName: 'political_status', nullable: true })
  politicalStatus: PoliticalStatus | null = null;

  @Property({ type: 'boolean' })
  veteran: boolean & Opt = false;

  /** Receives minimum living allowance (低保). */
  @Property({ type: 'boolean' })
  lowIncome: boolean & Opt = false;

  /** Draws a basic pension (领取基本养老金): no labour relationship, so no labour contract or social insurance. */
  @Property({ type: 'boolean' })
  drawsPension: boolean & Opt = false;

  @Enum({ items: () => SocialWorkCertificate, nativeEnumName: 'social_work_certificate' })
  socialWorkCertificate: SocialWorkCertificate & Opt = SocialWorkCertificate.NONE;

  @Property({ type: 'string', length: 50, nullable: true })
  professionalTitle: string | null = null;

  /** Household registration (户籍) division code, 12 digits. */
  @Property({ type: 'string', length: 12, nullable: true })
  homeRegionCode: string | null = null;

  @Enum({ items: () => HireSource, nativeEnumName: 'hire_source', nullable: true })
  hireSource: HireSource | null = null;

  @Enum({ items: () => WorkerCategory, nativeEnumName: 'worker_category' })
  category: WorkerCategory;

  @Enum({ items: () => WorkerStatus, nativeEnumName: 'worker_status' })
  status: WorkerStatus;

  /** The township, or a community/village under it, that manages the worker day to day (Yongzhou [002]). */
  @ManyToOne(() => Region)
  region: Region;

  /** Code of `region`: the worker's place in every scope filter. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'date', nullable: true })
  hiredOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  exitedOn: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
