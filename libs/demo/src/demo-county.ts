// The demo county: a fictional county (code 140799, not a real division) in Jinzhong, Shanxi, whose
// grid worker measures [004] GridHR follows. One urban sub-district and two rural towns.
import { RegionLevel, Role } from '@gridhr/common';

/** Signs in only while DEMO_MODE is on (the auth library owns the rule). */
export { DEMO_PASSWORD } from '@gridhr/auth';

export interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevel;
  /** Grids to draw in a community or village. */
  grids?: number;
}

export const DEMO_REGIONS: DemoRegion[] = [
  { code: '140000000000', name: '山西省', level: RegionLevel.PROVINCE },
  { code: '140700000000', name: '晋中市', level: RegionLevel.CITY },
  { code: '140799000000', name: '网格示范县', level: RegionLevel.COUNTY },
  { code: '140799001000', name: '城关街道', level: RegionLevel.TOWNSHIP },
  { code: '140799001001', name: '东风社区', level: RegionLevel.COMMUNITY, grids: 5 },
  { code: '140799001002', name: '新华社区', level: RegionLevel.COMMUNITY, grids: 5 },
  { code: '140799001003', name: '文昌社区', level: RegionLevel.COMMUNITY, grids: 4 },
  { code: '140799001004', name: '滨河社区', level: RegionLevel.COMMUNITY, grids: 6 },
  { code: '140799101000', name: '河东镇', level: RegionLevel.TOWNSHIP },
  { code: '140799101201', name: '河东村', level: RegionLevel.VILLAGE, grids: 4 },
  { code: '140799101202', name: '李家庄村', level: RegionLevel.VILLAGE, grids: 3 },
  { code: '140799101203', name: '王家堡村', level: RegionLevel.VILLAGE, grids: 3 },
  { code: '140799102000', name: '西山乡', level: RegionLevel.TOWNSHIP },
  { code: '140799102201', name: '西山村', level: RegionLevel.VILLAGE, grids: 4 },
  { code: '140799102202', name: '柳树沟村', level: RegionLevel.VILLAGE, grids: 3 },
  { code: '140799102203', name: '石门村', level: RegionLevel.VILLAGE, grids: 3 },
];

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  scopeCode: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', role: Role.SYSADMIN, scopeCode: '140000000000' },
  { username: 'city', displayName: '晋中市管理员', role: Role.CITY_ADMIN, scopeCode: '140700000000' },
  { username: 'county', displayName: '县委政法委', role: Role.COUNTY_PLC, scopeCode: '140799000000' },
  { username: 'finance', displayName: '县财政局', role: Role.FINANCE, scopeCode: '140799000000' },
  { username: 'township', displayName: '城关街道综治中心', role: Role.TOWNSHIP_STAFF, scopeCode: '140799001000' },
  { username: 'township2', displayName: '河东镇综治中心', role: Role.TOWNSHIP_STAFF, scopeCode: '140799101000' },
];
