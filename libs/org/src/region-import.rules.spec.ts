import { RegionLevel } from '@gridhr/common';
import { levelFromClassification, levelFromLabel, levelFromName, parseDivisionCode, villageLevel } from './region-import.rules';

describe('parseDivisionCode', () => {
  it.each([
    ['14', '140000000000', RegionLevel.PROVINCE, null],
    ['1407', '140700000000', RegionLevel.CITY, '140000000000'],
    ['140721', '140721000000', RegionLevel.COUNTY, '140700000000'],
    ['140721400', '140721400000', RegionLevel.TOWNSHIP, '140721000000'],
    ['140721400001', '140721400001', null, '140721400000'],
    // The NBS table prints every level in 12 digits.
    ['140000000000', '140000000000', RegionLevel.PROVINCE, null],
    ['140700000000', '140700000000', RegionLevel.CITY, '140000000000'],
    ['140721000000', '140721000000', RegionLevel.COUNTY, '140700000000'],
    ['140721100000', '140721100000', RegionLevel.TOWNSHIP, '140721000000'],
    [' 140721100200 ', '140721100200', null, '140721100000'],
  ])('%p is %p at %p under %p', (text, code, level, parentCode) => {
    expect(parseDivisionCode(text)).toEqual({ code, length: expect.any(Number), level, parentCode });
  });

  it('reads the length of a full code from its last non-zero part', () => {
    expect((parseDivisionCode('140721100000') as { length: number }).length).toBe(9);
    expect((parseDivisionCode('140721100001') as { length: number }).length).toBe(12);
  });

  it.each([
    ['', /数字/],
    ['14a7', /数字/],
    ['140', /这里是3位/],
    ['1407211', /这里是7位/],
    ['1400', /第3-4位（地级）不能全为0/],
    ['140021', /第3-4位/],
    ['140700001', /第5-6位（县级）/],
    ['140721000001', /第7-9位（乡级）/],
    ['000000000000', /全为0/],
    ['00', /第1-2位/],
  ])('refuses %p', (text, problem) => {
    expect(parseDivisionCode(text)).toMatch(problem);
  });
});

describe('levels of the village level', () => {
  it.each([
    ['111', RegionLevel.COMMUNITY],
    ['112', RegionLevel.COMMUNITY],
    ['121', RegionLevel.COMMUNITY],
    ['122', RegionLevel.COMMUNITY],
    ['123', RegionLevel.COMMUNITY],
    ['210', RegionLevel.VILLAGE],
    ['220', RegionLevel.VILLAGE],
    ['100', undefined],
    ['230', undefined],
    ['2', undefined],
    ['', undefined],
  ])('classification %p → %p', (code, level) => expect(levelFromClassification(code)).toBe(level));

  it.each([
    ['滨河社区居民委员会', RegionLevel.COMMUNITY],
    ['新华居委会', RegionLevel.COMMUNITY],
    ['东风社区', RegionLevel.COMMUNITY],
    ['城关村村民委员会', RegionLevel.VILLAGE],
    ['河东村委会', RegionLevel.VILLAGE],
    // As the published table misspells them.
    ['高庄村村民委会', RegionLevel.VILLAGE],
    ['崇串村村委员会', RegionLevel.VILLAGE],
    ['东南村村委', RegionLevel.VILLAGE],
    ['武乡县现代农业产业示范区虚拟生活区', null],
    ['河东村', null],
    ['某村民委员会社区', null],
  ])('name %p → %p', (name, level) => expect(levelFromName(name)).toBe(level));

  it.each([
    ['社区', RegionLevel.COMMUNITY],
    ['community', RegionLevel.COMMUNITY],
    ['村', RegionLevel.VILLAGE],
    ['行政村', RegionLevel.VILLAGE],
    ['VILLAGE', RegionLevel.VILLAGE],
    ['乡镇', undefined],
  ])('label %p → %p', (text, level) => expect(levelFromLabel(text)).toBe(level));

  const none = { label: undefined, classification: undefined, existing: null };
  it('takes the level column first, then the classification, then the name, then the record', () => {
    expect(villageLevel({ ...none, label: RegionLevel.VILLAGE, classification: RegionLevel.COMMUNITY, name: '滨河社区居民委员会' })).toBe(RegionLevel.VILLAGE);
    expect(villageLevel({ ...none, classification: RegionLevel.VILLAGE, name: '滨河社区居民委员会' })).toBe(RegionLevel.VILLAGE);
    expect(villageLevel({ ...none, name: '滨河社区居民委员会' })).toBe(RegionLevel.COMMUNITY);
    expect(villageLevel({ ...none, name: '虚拟生活区', existing: RegionLevel.COMMUNITY })).toBe(RegionLevel.COMMUNITY);
    expect(villageLevel({ ...none, name: '虚拟生活区' })).toBeNull();
  });
});
