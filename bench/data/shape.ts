// How big each scale is. The province is the (a Shanxi-sized province: 150,000 grid workers in
// 8,859 regions and 43,600 grids); a city and a county are the same kind of place cut smaller, so a
// county of the province scale looks like the county scale. `tiny` is for the smoke test.

export const SCALES = ['tiny', 'county', 'city', 'province'] as const;
export type Scale = (typeof SCALES)[number];

export interface Shape {
  scale: Scale;
  /** Counties per city (the length is the number of cities). */
  counties: number[];
  /** Townships per county; the first `urbanTownships` of each are sub-districts (街道) with communities, the rest towns with villages. */
  townshipsPerCounty: number;
  urbanTownships: number;
  communities: number;
  grids: number;
  workers: number;
  contracts: number;
  attendance: number;
}

// The province's totals per county (117 counties), from which smaller scales are cut.
const PROVINCE = { counties: 117, communities: 7_326, grids: 43_600, workers: 150_000, contracts: 120_000, attendance: 575_000 };

function cut(scale: Scale, counties: number[], townshipsPerCounty = 12, urbanTownships = 4): Shape {
  const n = counties.reduce((a, b) => a + b, 0);
  const share = (total: number) => Math.round((total * n) / PROVINCE.counties);
  return {
    scale,
    counties,
    townshipsPerCounty,
    urbanTownships,
    communities: share(PROVINCE.communities),
    grids: share(PROVINCE.grids),
    workers: share(PROVINCE.workers),
    contracts: share(PROVINCE.contracts),
    attendance: share(PROVINCE.attendance),
  };
}

export function shapeOf(scale: Scale): Shape {
  switch (scale) {
    case 'province':
      return { ...cut('province', [11, 11, 11, 11, 11, 11, 11, 10, 10, 10, 10]), ...PROVINCE_EXACT };
    case 'city':
      return cut('city', [11]);
    case 'county':
      return cut('county', [1]);
    case 'tiny': {
      // Two townships (one urban), a handful of grids: enough for one pass of every operation in a test.
      const shape = cut('tiny', [1], 2, 1);
      return { ...shape, communities: 4, grids: 16, workers: 60, contracts: 48, attendance: 200 };
    }
  }
}

const PROVINCE_EXACT = {
  communities: PROVINCE.communities,
  grids: PROVINCE.grids,
  workers: PROVINCE.workers,
  contracts: PROVINCE.contracts,
  attendance: PROVINCE.attendance,
};

export const CITY_NAMES = ['太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '晋中市', '运城市', '忻州市', '临汾市', '吕梁市'];
