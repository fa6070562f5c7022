import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ancestorCodes, RegionLevel } from '@gridhr/common';

// Subtree prefix length per level, in SQL (mirrors prefixLength in @gridhr/common).
const PREFIX_SQL = `substr(r.code, 1, case r.level when 'PROVINCE' then 2 when 'CITY' then 4 when 'COUNTY' then 6 when 'TOWNSHIP' then 9 else 12 end)`;

/** Recomputes region subtree totals in one set-based statement. */
@Injectable()
export class RegionStatsService {
  constructor(private readonly em: EntityManager) {}

  /** Refreshes regions under `prefix` (a county prefix, or '' for all) and their ancestors; returns rows written. */
  async refresh(prefix: string): Promise<number> {
    const ancestors = prefix ? ancestorCodes(prefix.padEnd(12, '0'), levelOfPrefix(prefix)) : [];
    const result = await this.em.getConnection().execute(
      `insert into region_stats (region_id, active_grids, households, population, computed_at)
       select r.id, count(g.id), coalesce(sum(g.households), 0), coalesce(sum(g.population), 0), now()
         from region r
         left join grid g on g.active and g.region_code like ${PREFIX_SQL} || '%'
        where r.code like ? or r.code = any(string_to_array(?, ','))
        group by r.id
       on conflict (region_id) do update
          set active_grids = excluded.active_grids, households = excluded.households,
              population = excluded.population, computed_at = excluded.computed_at`,
      [`${prefix}%`, ancestors.join(',')],
      'run',
    );
    return (result as unknown as { affectedRows: number }).affectedRows;
  }
}

function levelOfPrefix(prefix: string): RegionLevel {
  const levels: Record<number, RegionLevel> = {
    2: RegionLevel.PROVINCE,
    4: RegionLevel.CITY,
    6: RegionLevel.COUNTY,
    9: RegionLevel.TOWNSHIP,
    12: RegionLevel.COMMUNITY,
  };
  const level = levels[prefix.length];
  if (!level) throw new Error(`not a division-code prefix: "${prefix}"`);
  return level;
}
