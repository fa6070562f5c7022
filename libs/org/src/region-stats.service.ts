import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ancestorCodes, RegionLevel } from '@gridhr/common';

/**
 * The division codes a grid counts for: its own region's and each ancestor's (a code prefix padded with
 * zeros is the ancestor's code), each once. Grouping grids by these codes and joining regions on code
 * equality is a hash join; matching regions against grids with `like prefix || '%'` cannot use an index
 * and compared every grid with every region.
 */
const ANCESTRY_SQL = `select distinct unnest(array[rpad(substr(g.region_code, 1, 2), 12, '0'), rpad(substr(g.region_code, 1, 4), 12, '0'),
                                rpad(substr(g.region_code, 1, 6), 12, '0'), rpad(substr(g.region_code, 1, 9), 12, '0'), g.region_code]) as code`;

/** Recomputes region subtree totals in one set-based statement. */
@Injectable()
export class RegionStatsService {
  constructor(private readonly em: EntityManager) {}

  /** Refreshes regions under `prefix` (a county prefix, or '' for all) and their ancestors; returns rows written. */
  async refresh(prefix: string): Promise<number> {
    const ancestors = prefix ? ancestorCodes(prefix.padEnd(12, '0'), levelOfPrefix(prefix)) : [];
    // The ancestors' totals take every grid of the province, so the grids read are the province's.
    const result = await this.em.getConnection().execute(
      `insert into region_stats (region_id, active_grids, households, population, computed_at)
       select r.id, coalesce(t.grids, 0), coalesce(t.households, 0), coalesce(t.population, 0), now()
         from region r
         left join (
           select a.code, count(*)::int as grids, sum(g.households)::int as households, sum(g.population)::int as population
             from grid g cross join lateral (${ANCESTRY_SQL}) a
            where g.active and g.region_code like ?
            group by a.code) t on t.code = r.code
        where r.code like ? or r.code = any(string_to_array(?, ','))
       on conflict (region_id) do update
          set active_grids = excluded.active_grids, households = excluded.households,
              population = excluded.population, computed_at = excluded.computed_at`,
      [`${prefix.slice(0, 2)}%`, `${prefix}%`, ancestors.join(',')],
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
