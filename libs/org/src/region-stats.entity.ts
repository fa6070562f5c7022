import { Entity, Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** Subtree totals per region, recomputed by the region-stats job (set-based SQL in OrgStatsService). */
@Entity()
export class RegionStats {
  @PrimaryKey({ type: 'uuid' })
  regionId: string;

  @Property({ type: 'integer' })
  activeGrids: number;

  @Property({ type: 'integer' })
  households: number;

  @Property({ type: 'integer' })
  population: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  computedAt: Date & Opt = new Date();
}
