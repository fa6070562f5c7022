import { Entity, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ColumnMappingEntry } from './sheet-columns';

/**
 * A unit's saved column mapping for one kind of import (their header → our field), used for every later
 * upload of that kind by the unit, so a township maps its own roster once.
 */
@Entity()
@Unique({ properties: ['kind', 'regionCode'] })
export class SheetMapping {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The import: 'workers', 'training.sign-in', 'recruiting.scores'. */
  @Property({ type: 'string', length: 40 })
  kind: string;

  /** The unit (the saving user's scope region, as a 12-digit code) whose uploads use it. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'json' })
  entries: ColumnMappingEntry[];

  @Property({ type: 'string', length: 50 })
  updatedBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
