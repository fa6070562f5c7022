import { GridKind, GridSetting } from './grid.entity';
import { GridSizingPolicy, gridSizingWarnings } from './grid.rules';

const policy: GridSizingPolicy = {
  urbanHouseholdsMin: 300,
  urbanHouseholdsMax: 500,
  urbanPopulationMax: 1000,
  ruralHouseholdsMax: 200,
  ruralPopulationMax: 500,
  exclusiveResidentsMin: 1000,
  tolerancePercent: 20,
};
const urban = (households: number, population: number) =>
  gridSizingWarnings({ kind: GridKind.COMPREHENSIVE, setting: GridSetting.URBAN, households, population }, policy);
const rural = (households: number, population: number) =>
  gridSizingWarnings({ kind: GridKind.COMPREHENSIVE, setting: GridSetting.RURAL, households, population }, policy);

describe('gridSizingWarnings', () => {
  it('is silent for urban grids of 300-500 households or about 1000 people', () => {
    expect(urban(300, 800)).toEqual([]);
    expect(urban(500, 1300)).toEqual([]);
    expect(urban(650, 1200)).toEqual([]); // households over, but people within 1000 + 20%
  });

  it('advises splitting an urban grid over both measures, merging one well under', () => {
    expect(urban(501, 1201)[0]).toMatch(/consider splitting/);
    expect(urban(299, 499)[0]).toMatch(/consider merging/);
    expect(urban(299, 500)).toEqual([]);
  });

  it('advises splitting a rural grid past about 200 households and 500 people', () => {
    expect(rural(240, 600)).toEqual([]); // exactly at +20%
    expect(rural(241, 601)[0]).toMatch(/rural grid/);
    expect(rural(400, 500)).toEqual([]);
  });

  it('expects an exclusive grid to cover more than 1000 residents', () => {
    const exclusive = (population: number) => gridSizingWarnings({ kind: GridKind.EXCLUSIVE, setting: GridSetting.URBAN, households: 0, population }, policy);
    expect(exclusive(1000)[0]).toMatch(/more than 1000 residents/);
    expect(exclusive(1001)).toEqual([]);
  });
});
