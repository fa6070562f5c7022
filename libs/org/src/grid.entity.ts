import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from './region.entity';

export enum GridKind {
  COMPREHENSIVE = 'COMPREHENSIVE',
  EXCLUSIVE = 'EXCLUSIVE',
}

export enum GridSetting {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
}

/** A grid (网格) drawn by the county inside one community or village. */
@Entity()
@Index({ name: 'grid_region_code_idx', expression: 'create index "grid_region_code_idx" on "grid" ("region_code" text_pattern_ops)' })
export class Grid {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Unified grid code assigned by the county, unique everywhere. */
  @Property({ type: 'string', length: 32, unique: true })
  code: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Enum({ items: () => GridKind, nativeEnumName: 'grid_kind' })
  kind: GridKind;

  /** For an exclusive grid: the school, hospital, park or company it covers. */
  @Property({ type: 'string', length: 100, nullable: true })
  exclusiveUnit: string | null = null;

  @Enum({ items: () => GridSetting, nativeEnumName: 'grid_setting' })
  setting: GridSetting;

  @Property({ type: 'integer' })
  households: number;

  @Property({ type: 'integer' })
  population: number;

  @Property({ type: 'text', nullable: true })
  boundary: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  supervisionPhone: string | null = null;

  /** The services the grid worker gives (服务事项), shown on the public roster (Zigong art. 21 [001]). */
  @Property({ type: 'text', nullable: true })
  serviceItems: string | null = null;

  /** The last day something the public roster shows changed (name, area, service items, phone, active, place). */
  @Property({ type: 'date' })
  rosterChangedOn: string;

  @ManyToOne(() => Region)
  region: Region;

  /** Code of `region`, kept beside it so scope filters need no join. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  activeFrom: string;

  @Property({ type: 'date', nullable: true })
  activeTo: string | null = null;

  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
