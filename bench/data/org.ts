// The region tree and the grids: province > cities > counties > townships > communities or villages.
import { randomUUID } from 'node:crypto';
import { GenContext, insertRows, spread } from './context';
import { CITY_NAMES } from './shape';

export interface GenRegion {
  id: string;
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'COMMUNITY' | 'VILLAGE';
  parentId: string | null;
  urban: boolean;
}

export interface GenGrid {
  id: string;
  code: string;
  region: GenRegion;
  urban: boolean;
}

export interface OrgData {
  regions: GenRegion[];
  townships: GenRegion[];
  counties: GenRegion[];
  communities: GenRegion[];
  grids: GenGrid[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Builds the tree in code order (a parent before its children) and the grids of each community or village. */
export function planOrg(ctx: GenContext): OrgData {
  const { shape } = ctx;
  const regions: GenRegion[] = [];
  const add = (code: string, name: string, level: GenRegion['level'], parent: GenRegion | null, urban = false) => {
    const region = { id: randomUUID(), code, name, level, parentId: parent?.id ?? null, urban };
    regions.push(region);
    return region;
  };
  const province = add('140000000000', '山西省', 'PROVINCE', null);
  const counties: GenRegion[] = [];
  const townships: GenRegion[] = [];
  shape.counties.forEach((countyCount, c) => {
    const city = add(`14${pad(c + 1, 2)}00000000`, CITY_NAMES[c], 'CITY', province);
    for (let k = 1; k <= countyCount; k++) {
      const county = add(`${city.code.slice(0, 4)}${pad(k, 2)}000000`, `${city.name.slice(0, 2)}第${k}县`, 'COUNTY', city);
      counties.push(county);
      for (let t = 0; t < shape.townshipsPerCounty; t++) {
        const urban = t < shape.urbanTownships;
        // Sub-districts take 001…, towns 101…, as the statistical codes do.
        const code = `${county.code.slice(0, 6)}${urban ? pad(t + 1, 3) : pad(101 + t - shape.urbanTownships, 3)}000`;
        townships.push(add(code, `${county.name}${urban ? `第${t + 1}街道` : `第${t + 1 - shape.urbanTownships}镇`}`, 'TOWNSHIP', county, urban));
      }
    }
  });
  const communities: GenRegion[] = [];
  spread(shape.communities, townships.length).forEach((count, t) => {
    const township = townships[t];
    for (let i = 1; i <= count; i++) {
      const code = `${township.code.slice(0, 9)}${township.urban ? pad(i, 3) : pad(200 + i, 3)}`;
      communities.push(
        add(
          code,
          `${township.name.replace(/^.*县/, '')}${township.urban ? `第${i}社区` : `第${i}村`}`,
          township.urban ? 'COMMUNITY' : 'VILLAGE',
          township,
          township.urban,
        ),
      );
    }
  });
  const grids: GenGrid[] = [];
  spread(shape.grids, communities.length).forEach((count, i) => {
    const community = communities[i];
    for (let g = 1; g <= count; g++) grids.push({ id: randomUUID(), code: `${community.code}-${pad(g, 2)}`, region: community, urban: community.urban });
  });
  return { regions, townships, counties, communities, grids };
}

export async function loadOrg(ctx: GenContext, org: OrgData): Promise<void> {
  const now = new Date().toISOString();
  await insertRows(
    ctx.db,
    'region',
    [
      ['id', 'uuid'],
      ['code', 'varchar'],
      ['name', 'varchar'],
      ['level', 'region_level'],
      ['parent_id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    org.regions.map((r) => [r.id, r.code, r.name, r.level, r.parentId, now, now]),
  );
  await insertRows(
    ctx.db,
    'grid',
    [
      ['id', 'uuid'],
      ['code', 'varchar'],
      ['name', 'varchar'],
      ['kind', 'grid_kind'],
      ['setting', 'grid_setting'],
      ['households', 'int4'],
      ['population', 'int4'],
      ['boundary', 'text'],
      ['supervision_phone', 'varchar'],
      ['service_items', 'text'],
      ['region_id', 'uuid'],
      ['region_code', 'varchar'],
      ['active_from', 'date'],
      ['roster_changed_on', 'date'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    org.grids.map((g) => {
      const households = Math.round(g.urban ? 300 + ctx.random() * 200 : 140 + ctx.random() * 90);
      return [
        g.id,
        g.code,
        `${g.region.name}第${Number(g.code.slice(-2))}网格`,
        'COMPREHENSIVE',
        g.urban ? 'URBAN' : 'RURAL',
        households,
        Math.round(households * (2.4 + ctx.random() * 0.6)),
        `${g.region.name}第${g.code.slice(-2)}片区`,
        '0351-12345',
        g.urban ? '政策宣传、矛盾纠纷排查、安全隐患报告、代办服务' : '政策宣传、矛盾纠纷排查、防汛防火巡查、代办服务',
        g.region.id,
        g.region.code,
        '2024-01-01',
        '2024-01-01',
        now,
        now,
      ];
    }),
  );
  ctx.log(`org: ${org.regions.length} regions (${org.counties.length} counties, ${org.townships.length} townships), ${org.grids.length} grids`);
}
