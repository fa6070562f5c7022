import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { RegionLevel, scopePrefix } from '@gridhr/common';
import { randomUUID } from 'node:crypto';

/** A node of the administrative tree, from province down to community (urban) or village (rural). */
@Entity()
@Index({ name: 'region_code_pattern_idx', expression: 'create index "region_code_pattern_idx" on "region" ("code" text_pattern_ops)' })
export class Region {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** 12-digit statistical division code; descendants share the prefix of this region's level. */
  @Property({ type: 'string', length: 12, unique: true })
  code: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Enum({ items: () => RegionLevel, nativeEnumName: 'region_level' })
  level: RegionLevel;

  @ManyToOne(() => Region, { nullable: true })
  parent: Region | null = null;

  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  /** Scope helpers treat a region like any scoped record: its own code places it in the tree. */
  get regionCode(): string & Opt {
    return this.code;
  }

  /** The parent's id without loading it (GraphQL's Region.parentId). */
  get parentId(): string | null {
    return this.parent?.id ?? null;
  }

  get prefix(): string & Opt {
    return scopePrefix(this.code, this.level);
  }
}
