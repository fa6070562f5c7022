import { RegionLevel, Role } from '@gridhr/common';
import { oneTimePassword, roleGrantProblem, scopeLevelProblem } from './user-import.rules';

describe('who may open whose account', () => {
  it.each([
    [Role.SYSADMIN, Role.SYSADMIN, true],
    [Role.SYSADMIN, Role.CITY_ADMIN, true],
    [Role.SYSADMIN, Role.TOWNSHIP_STAFF, true],
    [Role.CITY_ADMIN, Role.SYSADMIN, false],
    [Role.CITY_ADMIN, Role.CITY_ADMIN, false],
    [Role.CITY_ADMIN, Role.COUNTY_PLC, true],
    [Role.CITY_ADMIN, Role.FINANCE, true],
    [Role.CITY_ADMIN, Role.TOWNSHIP_STAFF, true],
    [Role.COUNTY_PLC, Role.SYSADMIN, false],
    [Role.COUNTY_PLC, Role.CITY_ADMIN, false],
    [Role.COUNTY_PLC, Role.COUNTY_PLC, false],
    [Role.COUNTY_PLC, Role.FINANCE, true],
    [Role.COUNTY_PLC, Role.TOWNSHIP_STAFF, true],
    [Role.FINANCE, Role.TOWNSHIP_STAFF, false],
    [Role.TOWNSHIP_STAFF, Role.TOWNSHIP_STAFF, false],
  ])('%s opening a %s account: %p', (importer, role, allowed) => {
    expect(roleGrantProblem(importer, role) === null).toBe(allowed);
  });

  it('names what the importer may open', () => {
    expect(roleGrantProblem(Role.COUNTY_PLC, Role.SYSADMIN)).toBe('COUNTY_PLC 不能开设 SYSADMIN 账号（可开设：FINANCE、TOWNSHIP_STAFF）');
    expect(roleGrantProblem(Role.TOWNSHIP_STAFF, Role.TOWNSHIP_STAFF)).toMatch(/可开设：无/);
  });

  it.each([
    [Role.TOWNSHIP_STAFF, RegionLevel.TOWNSHIP, true],
    [Role.TOWNSHIP_STAFF, RegionLevel.COUNTY, false],
    [Role.TOWNSHIP_STAFF, RegionLevel.COMMUNITY, false],
    [Role.COUNTY_PLC, RegionLevel.COUNTY, true],
    [Role.COUNTY_PLC, RegionLevel.TOWNSHIP, false],
    [Role.FINANCE, RegionLevel.COUNTY, true],
    [Role.FINANCE, RegionLevel.CITY, true],
    [Role.FINANCE, RegionLevel.TOWNSHIP, false],
    [Role.CITY_ADMIN, RegionLevel.CITY, true],
    [Role.CITY_ADMIN, RegionLevel.PROVINCE, false],
    [Role.SYSADMIN, RegionLevel.PROVINCE, true],
    [Role.SYSADMIN, RegionLevel.CITY, false],
  ])('%s scoped to a %s: %p', (role, level, allowed) => {
    expect(scopeLevelProblem(role, level) === null).toBe(allowed);
  });
});

describe('oneTimePassword', () => {
  it('has 12 characters none of which is easily misread', () => {
    for (let i = 0; i < 200; i++) expect(oneTimePassword()).toMatch(/^[A-HJKMNP-Za-km-np-z2-9]{12}$/);
  });

  it('draws every character from the random source', () => {
    expect(oneTimePassword(() => 0)).toBe('AAAAAAAAAAAA');
    expect(oneTimePassword((max) => max - 1)).toBe('999999999999');
  });

  it('differs from one account to the next', () => {
    expect(new Set(Array.from({ length: 100 }, () => oneTimePassword())).size).toBe(100);
  });
});
