import { RegionLevel } from '@gridhr/common';
import { GridKind, GridSetting } from './grid.entity';
import { GridSizing, gridSizingProblem, gridSizingWarnings } from './grid.rules';

// The values the migrations set on Sichuan and Hunan.
const SICHUAN: GridSizing = {
  tolerancePercent: 20,
  bands: [{ regionLevel: RegionLevel.COMMUNITY, householdsMin: 300, householdsMax: 500, populationAbout: 1000, source: 'Zigong [001] art. 8' }],
};
const HUNAN: GridSizing = {
  tolerancePercent: 20,
  bands: [
    { setting: GridSetting.URBAN, householdsMin: 300, householdsMax: 300, populationAbout: 1000, source: 'Yongzhou [002]' },
    { setting: GridSetting.RURAL, householdsMin: 200, householdsMax: 200, populationAbout: 500, source: 'Yongzhou [002]' },
  ],
};
const grid = (setting: GridSetting, regionLevel: RegionLevel, households: number, population: number, kind = GridKind.COMPREHENSIVE) => ({
  kind,
  setting,
  regionLevel,
  households,
  population,
});

describe('gridSizingWarnings', () => {
  it('gives no advice where no policy sets a size (Shanxi)', () => {
    expect(gridSizingWarnings(grid(GridSetting.URBAN, RegionLevel.COMMUNITY, 5000, 20000), null)).toEqual([]);
  });

  it('Sichuan: 300-500 households or about 1000 people in every urban and rural community, with the tolerance on both measures', () => {
    for (const setting of [GridSetting.URBAN, GridSetting.RURAL]) {
      const warn = (h: number, p: number) => gridSizingWarnings(grid(setting, RegionLevel.COMMUNITY, h, p), SICHUAN);
      expect(warn(600, 1300)).toEqual([]); // 500 + 20% households, people over: within
      expect(warn(650, 1200)).toEqual([]); // households over, people within 1000 + 20%
      expect(warn(601, 1201)[0]).toMatch(/300-500 households.*consider splitting it \(Zigong \[001\] art. 8\)/);
      expect(warn(240, 800)).toEqual([]); // 300 - 20% households: within
      expect(warn(239, 799)[0]).toMatch(/consider merging/);
      expect(warn(100, 900)).toEqual([]); // few households but about 1000 people
    }
    // A village is divided into one or more grids as it is: no size.
    expect(gridSizingWarnings(grid(GridSetting.RURAL, RegionLevel.VILLAGE, 2000, 6000), SICHUAN)).toEqual([]);
  });

  it('Hunan: urban about 300 households / 1000 people, rural about 200 / 500', () => {
    expect(gridSizingWarnings(grid(GridSetting.URBAN, RegionLevel.COMMUNITY, 360, 1200), HUNAN)).toEqual([]);
    expect(gridSizingWarnings(grid(GridSetting.URBAN, RegionLevel.COMMUNITY, 361, 1201), HUNAN)[0]).toMatch(/about 300 households.*splitting/);
    expect(gridSizingWarnings(grid(GridSetting.RURAL, RegionLevel.VILLAGE, 240, 600), HUNAN)).toEqual([]);
    expect(gridSizingWarnings(grid(GridSetting.RURAL, RegionLevel.VILLAGE, 241, 601), HUNAN)[0]).toMatch(/about 200 households or about 500 people/);
    expect(gridSizingWarnings(grid(GridSetting.RURAL, RegionLevel.VILLAGE, 159, 399), HUNAN)[0]).toMatch(/merging/);
  });

  it('never warns an exclusive grid: Yongzhou says a unit of more than 1000 residents "may" have one', () => {
    for (const population of [10, 1000, 50_000])
      expect(gridSizingWarnings(grid(GridSetting.URBAN, RegionLevel.COMMUNITY, 0, population, GridKind.EXCLUSIVE), SICHUAN)).toEqual([]);
  });
});

describe('gridSizingProblem', () => {
  it('accepts null and well-formed bands, names what is wrong otherwise', () => {
    expect(gridSizingProblem(null)).toBeNull();
    expect(gridSizingProblem(SICHUAN)).toBeNull();
    expect(gridSizingProblem(HUNAN)).toBeNull();
    expect(gridSizingProblem({ tolerancePercent: 120, bands: SICHUAN.bands })).toMatch(/tolerancePercent/);
    expect(gridSizingProblem({ tolerancePercent: 20, bands: [] })).toMatch(/bands/);
    expect(gridSizingProblem({ tolerancePercent: 20, bands: [{ householdsMin: 500, householdsMax: 300, populationAbout: 1 }] })).toMatch(/householdsMin/);
    expect(gridSizingProblem({ tolerancePercent: 20, bands: [{ setting: 'TOWN', householdsMin: 1, householdsMax: 3, populationAbout: 1 }] })).toMatch(
      /setting/,
    );
    expect(gridSizingProblem({ tolerancePercent: 20, bands: [{ regionLevel: 'TOWNSHIP', householdsMin: 1, householdsMax: 3, populationAbout: 1 }] })).toMatch(
      /regionLevel/,
    );
  });
});
