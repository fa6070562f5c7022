import { Entity, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One jurisdiction's value for one policy key from a date on; inherited by the region's subtree. */
@Entity()
@Unique({ properties: ['regionCode', 'key', 'effectiveFrom'] })
export class PolicySetting {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'string', length: 64 })
  key: string;

  @Property({ type: 'json' })
  value: unknown;

  @Property({ type: 'date' })
  effectiveFrom: string;

  /** The notice or document this value comes from. */
  @Property({ type: 'string', length: 500, nullable: true })
  source: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
