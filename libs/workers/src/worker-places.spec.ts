import { RegionLevel } from '@gridhr/common';
import { gridKey, PlaceDirectory, placeStem } from './worker-places';

const r = (code: string, name: string, level: RegionLevel, active = true) => ({ code, name, level, active });
const REGIONS = [
  r('140799001000', '城关街道', RegionLevel.TOWNSHIP),
  r('140799001001', '东风社区', RegionLevel.COMMUNITY),
  r('140799001002', '新华社区', RegionLevel.COMMUNITY),
  r('140799101000', '河东镇', RegionLevel.TOWNSHIP),
  r('140799101001', '东风社区', RegionLevel.COMMUNITY),
  r('140799101201', '河东村', RegionLevel.VILLAGE),
  r('140799101202', '李家庄村村民委员会', RegionLevel.VILLAGE),
  r('140799101203', '王家堡村', RegionLevel.VILLAGE, false),
];
const g = (code: string, name: string, regionCode: string) => ({ code, name, regionCode, active: true });
const GRIDS = [
  g('G-0101', '东风社区第1网格', '140799001001'),
  g('G-0102', '东风社区第2网格', '140799001001'),
  g('G-0201', '第一网格', '140799001002'),
  g('H-0101', '东风社区第1网格', '140799101001'),
  g('H-2011', '河东村一组网格', '140799101201'),
];
const directory = new PlaceDirectory(REGIONS, GRIDS);
const none = { township: null, community: null, grid: null };
const noCodes = { region: null, grid: null };
const COUNTY = '140799';
const CHENGGUAN = '140799001';

describe('place names', () => {
  it.each([
    ['东风社区', '东风'],
    ['东风社区居民委员会', '东风'],
    ['李家庄村村民委员会', '李家庄'],
    ['河东镇人民政府', '河东'],
    ['城关街道办事处', '城关'],
    ['新村', '新村'],
  ])('stem of %p is %p', (name, stem) => expect(placeStem(name)).toBe(stem));

  it.each([
    ['第一网格', '1'],
    ['第01网格', '1'],
    ['1网格', '1'],
    ['第十二网格', '12'],
    ['第二十网格', '20'],
    ['东风社区第1网格', '东风社区1'],
    ['东风社区 第 1 网格', '东风社区1'],
  ])('grid key of %p is %p', (name, key) => expect(gridKey(name)).toBe(key));
});

describe('PlaceDirectory.resolve', () => {
  it('a community name in two townships: the county is asked which, listing both; each township gets its own', () => {
    const county = directory.resolve({ ...none, community: '东风社区' }, noCodes, COUNTY);
    expect(county.regionCode).toBeNull();
    expect(county.problems).toHaveLength(1);
    expect(county.problems[0].field).toBe('communityName');
    expect(county.problems[0].problem).toContain('东风社区（城关街道，140799001001）');
    expect(county.problems[0].problem).toContain('东风社区（河东镇，140799101001）');
    expect(directory.resolve({ ...none, community: '东风社区' }, noCodes, CHENGGUAN)).toEqual({ regionCode: '140799001001', gridCode: null, problems: [] });
    expect(directory.resolve({ ...none, community: '东风社区' }, noCodes, '140799101').regionCode).toBe('140799101001');
    // The county names the township as well.
    expect(directory.resolve({ ...none, township: '河东镇', community: '东风' }, noCodes, COUNTY).regionCode).toBe('140799101001');
  });

  it('takes short and formal names, the township alone, and leaves out places that are not in use', () => {
    expect(directory.resolve({ ...none, community: '李家庄村' }, noCodes, COUNTY).regionCode).toBe('140799101202');
    expect(directory.resolve({ ...none, community: '河东村委会' }, noCodes, COUNTY).regionCode).toBe('140799101201');
    expect(directory.resolve({ ...none, township: '城关街道办事处' }, noCodes, COUNTY).regionCode).toBe('140799001000');
    const closed = directory.resolve({ ...none, community: '王家堡村' }, noCodes, COUNTY);
    expect(closed.problems[0].problem).toMatch(/找不到名为“王家堡村”的社区（村）/);
  });

  it('an unknown name lists the similar ones', () => {
    const { problems } = directory.resolve({ ...none, community: '新华街社区' }, noCodes, CHENGGUAN);
    expect(problems[0].problem).toContain('相近的有：新华社区');
    expect(problems[0].problem).not.toContain('东风社区');
  });

  it('finds a grid by its short name within the community, and a grid alone gives the managing region', () => {
    expect(directory.resolve({ ...none, community: '东风社区', grid: '第1网格' }, noCodes, CHENGGUAN)).toEqual({
      regionCode: '140799001001',
      gridCode: 'G-0101',
      problems: [],
    });
    expect(directory.resolve({ ...none, community: '新华社区', grid: '1网格' }, noCodes, CHENGGUAN).gridCode).toBe('G-0201');
    expect(directory.resolve({ ...none, grid: '新华社区第1网格' }, noCodes, CHENGGUAN)).toEqual({
      regionCode: '140799001002',
      gridCode: 'G-0201',
      problems: [],
    });
    expect(directory.resolve({ ...none, grid: '东风社区第2网格' }, noCodes, COUNTY).regionCode).toBe('140799001001');
    const several = directory.resolve({ ...none, grid: '东风社区第1网格' }, noCodes, COUNTY);
    expect(several.problems[0].problem).toMatch(/对应多个网格.*G-0101.*H-0101/);
    // With a code, the grid is looked for in that community.
    expect(directory.resolve({ ...none, grid: '第1网格' }, { region: '140799001001', grid: null }, COUNTY).gridCode).toBe('G-0101');
  });

  it('a code and a name for different places is a problem; for the same place it is not', () => {
    expect(directory.resolve({ ...none, community: '新华社区' }, { region: '140799001001', grid: null }, CHENGGUAN).problems[0]).toMatchObject({
      field: 'communityName',
      problem: expect.stringContaining('140799001001'),
    });
    expect(directory.resolve({ ...none, township: '城关街道' }, { region: '140799001001', grid: null }, CHENGGUAN)).toEqual({
      regionCode: '140799001001',
      gridCode: null,
      problems: [],
    });
  });
});
