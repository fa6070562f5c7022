import { BigIntType, Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** One change to one record: who, when, what it was before and after. Written in the change's transaction. */
@Entity()
@Index({ properties: ['entity', 'entityId', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id: string & Opt;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date & Opt = new Date();

  /** Null for changes made by the system itself (jobs). */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Property({ type: 'string', length: 64 })
  actorName: string;

  @Property({ type: 'string', length: 32 })
  actorRole: string;

  @Property({ type: 'string', length: 64 })
  entity: string;

  @Property({ type: 'string', length: 64 })
  entityId: string;

  @Property({ type: 'string', length: 32 })
  action: string;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null;

  /** Where the record sits in the region tree, so history reads honour scope. */
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode: string | null;
}
