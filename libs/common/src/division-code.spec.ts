import { ancestorCodes, divisionCodeProblem, RegionLevel, scopePrefix } from './division-code';

const county = { code: '140799000000', level: RegionLevel.COUNTY };
const township = { code: '140799101000', level: RegionLevel.TOWNSHIP };

describe('division codes', () => {
  it('accepts codes consistent with level and parent', () => {
    expect(divisionCodeProblem('140000000000', RegionLevel.PROVINCE, null)).toBeNull();
    expect(divisionCodeProblem('140799102000', RegionLevel.TOWNSHIP, county)).toBeNull();
    expect(divisionCodeProblem('140799101201', RegionLevel.VILLAGE, township)).toBeNull();
  });

  it.each([
    ['14079910120', RegionLevel.VILLAGE, township, 'exactly 12 digits'],
    ['14079910120X', RegionLevel.VILLAGE, township, 'exactly 12 digits'],
    ['140799101201', RegionLevel.TOWNSHIP, county, 'rest must be 0'],
    ['140799000000', RegionLevel.TOWNSHIP, county, 'must not all be 0'],
    ['140798101000', RegionLevel.TOWNSHIP, county, "parent's prefix 140799"],
    ['140799101201', RegionLevel.VILLAGE, county, 'cannot sit under a COUNTY'],
    ['140700000000', RegionLevel.CITY, null, 'needs a parent'],
  ])('refuses %s as %s', (code, level, parent, problem) => {
    expect(divisionCodeProblem(code, level, parent)).toContain(problem);
  });

  it('derives prefixes and ancestors', () => {
    expect(scopePrefix('140799101000', RegionLevel.TOWNSHIP)).toBe('140799101');
    expect(scopePrefix('140799101201', RegionLevel.VILLAGE)).toBe('140799101201');
    expect(ancestorCodes('140799101201', RegionLevel.VILLAGE)).toEqual(['140000000000', '140700000000', '140799000000', '140799101000', '140799101201']);
    expect(ancestorCodes('140700000000', RegionLevel.CITY)).toEqual(['140000000000', '140700000000']);
  });
});
